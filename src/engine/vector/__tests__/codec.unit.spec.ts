import { decodeVector, encodeVector } from "../codec"

describe("vector codec", () => {
  it("round-trips float32 values exactly in 4 bytes per dimension", () => {
    const values = [0, -0, 1, -1, Math.PI, 1e-38, -3.4e38, 0.1, 123456.789, Number.EPSILON]
    const vector = Float32Array.from(values)
    const bytes = encodeVector(vector)
    expect(bytes.byteLength).toBe(values.length * 4)
    expect(Array.from(decodeVector(bytes))).toEqual(Array.from(vector))
  })

  it("writes little-endian float32", () => {
    const bytes = encodeVector(Float32Array.of(1))
    // 1.0f is 0x3f800000.
    expect(Array.from(bytes)).toEqual([0x00, 0x00, 0x80, 0x3f])
  })

  it("decodes from an unaligned Buffer slice", () => {
    const vector = Float32Array.of(0.25, -7.5, 42)
    const padded = Buffer.concat([Buffer.from([9]), Buffer.from(encodeVector(vector))])
    expect(Array.from(decodeVector(padded.subarray(1)))).toEqual([0.25, -7.5, 42])
  })

  it("rejects a byte length that is not a multiple of 4", () => {
    expect(() => decodeVector(new Uint8Array(6))).toThrow(/multiple of 4 bytes, got 6/)
  })
})
