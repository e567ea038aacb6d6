/**
 * Vectors are stored as raw little-endian float32: 4 bytes per dimension and an exact round-trip,
 * where a JSON number array would take 10+ bytes per dimension and parse slowly.
 */
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

export function encodeVector(vector: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN_HOST) {
    return new Uint8Array(
      vector.buffer.slice(vector.byteOffset, vector.byteOffset + vector.byteLength)
    )
  }
  const bytes = new Uint8Array(vector.length * 4)
  const view = new DataView(bytes.buffer)
  vector.forEach((value, i) => view.setFloat32(i * 4, value, true))
  return bytes
}

export function decodeVector(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) {
    throw new RangeError(`A float32 vector needs a multiple of 4 bytes, got ${bytes.byteLength}`)
  }
  if (LITTLE_ENDIAN_HOST) {
    // Copy: the source may be a Buffer slice whose offset is not 4-byte aligned.
    return new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true))
}
