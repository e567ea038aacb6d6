export function dot(a: Float32Array, b: Float32Array, bOffset = 0): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += a[i] * b[bOffset + i]
  return sum
}

/** Returns a unit-length copy, so that a dot product is the cosine similarity. */
export function normalize(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector)
  let norm = 0
  for (let i = 0; i < out.length; i++) norm += out[i] * out[i]
  norm = Math.sqrt(norm)
  if (norm === 0 || !Number.isFinite(norm)) {
    throw new RangeError("Cannot normalize a zero or non-finite vector")
  }
  for (let i = 0; i < out.length; i++) out[i] /= norm
  return out
}
