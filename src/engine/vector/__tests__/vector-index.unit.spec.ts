import { VectorIndex } from "../vector-index"
import { QUANTIZED_DIGITS } from "./quantization-tolerance"

/** Deterministic pseudo-random vectors (mulberry32). */
function randomVectors(count: number, dimensions: number, seed = 7): Float32Array[] {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5
  }
  return Array.from({ length: count }, () => Float32Array.from({ length: dimensions }, next))
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i]
    na += a[i] * a[i]
    nb += b[i] * b[i]
  }
  return dot / Math.sqrt(na * nb)
}

describe("VectorIndex", () => {
  it("finds the exact top-k by cosine similarity, best first", () => {
    const vectors = randomVectors(500, 16)
    const index = new VectorIndex(16, 4)
    vectors.forEach((vector, i) => index.upsert(`p${i}`, vector))
    const query = randomVectors(1, 16, 99)[0]

    const expected = vectors
      .map((vector, i) => ({ id: `p${i}`, similarity: cosine(query, vector) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 10)
    const hits = index.search(query, { limit: 10 })

    expect(hits.map((hit) => hit.id)).toEqual(expected.map((hit) => hit.id))
    hits.forEach((hit, i) =>
      expect(hit.similarity).toBeCloseTo(expected[i].similarity, QUANTIZED_DIGITS)
    )
  })

  it("excludes ids and never returns the source of a similar-items search", () => {
    const index = new VectorIndex(2)
    index.upsert("a", [1, 0])
    index.upsert("b", [0.9, 0.1])
    index.upsert("c", [0.8, 0.2])
    index.upsert("d", [0, 1])
    expect(index.searchSimilar("a", { limit: 10 }).map((h) => h.id)).toEqual(["b", "c", "d"])
    expect(
      index.searchSimilar("a", { limit: 2, exclude: new Set(["b"]) }).map((h) => h.id)
    ).toEqual(["c", "d"])
    expect(index.searchSimilar("missing", { limit: 3 })).toEqual([])
  })

  it("replaces and removes vectors, keeping the other rows intact", () => {
    const index = new VectorIndex(2)
    index.upsert("a", [1, 0])
    index.upsert("b", [0, 1])
    index.upsert("c", [1, 1])
    expect(index.remove("a")).toBe(true)
    expect(index.remove("a")).toBe(false)
    expect(index.size).toBe(2)
    index.upsert("b", [1, 0])
    expect(index.search([1, 0], { limit: 1 })).toEqual([
      { id: "b", similarity: expect.closeTo(1, 6) },
    ])
    expect(Array.from(index.get("c") ?? [])).toEqual([
      Math.fround(Math.SQRT1_2),
      Math.fround(Math.SQRT1_2),
    ])
  })

  it("gives the cosine of two stored items, or undefined when either is missing", () => {
    const [a, b] = randomVectors(2, 32)
    const index = new VectorIndex(32)
    index.upsert("a", a)
    index.upsert("b", b)
    expect(index.cosineById("a", "b")).toBeCloseTo(cosine(a, b), QUANTIZED_DIGITS)
    expect(index.cosineById("a", "a")).toBeCloseTo(1, QUANTIZED_DIGITS)
    expect(index.cosineById("a", "missing")).toBeUndefined()
    expect(index.cosineById("missing", "b")).toBeUndefined()
  })

  it("copies its rows out and back into an index that searches the same", () => {
    const vectors = randomVectors(40, 8)
    const index = new VectorIndex(8, 4)
    vectors.forEach((vector, i) => index.upsert(`p${i}`, vector, i))
    index.remove("p3")
    const copy = VectorIndex.fromRows(index.toRows())
    expect(copy.size).toBe(39)
    expect(copy.has("p3")).toBe(false)
    expect(copy.writtenAt("p7")).toBe(7)
    expect(copy.searchSimilar("p5", { limit: 10 })).toEqual(
      index.searchSimilar("p5", { limit: 10 })
    )
    // A copy: writing to one leaves the other as it was.
    copy.upsert("p5", vectors[0])
    expect(index.cosineById("p5", "p0")).not.toBeCloseTo(1, 3)
  })

  it("rejects vectors of the wrong dimension and zero vectors", () => {
    const index = new VectorIndex(3)
    expect(() => index.upsert("a", [1, 2])).toThrow(/2 dimensions, the index holds 3/)
    expect(() => index.upsert("a", [0, 0, 0])).toThrow(/zero or non-finite/)
    expect(() => new VectorIndex(0)).toThrow(/positive integer/)
  })

  it("returns nothing for a zero limit or an empty index", () => {
    const index = new VectorIndex(2)
    expect(index.search([1, 0], { limit: 5 })).toEqual([])
    index.upsert("a", [1, 0])
    expect(index.search([1, 0], { limit: 0 })).toEqual([])
  })

  it("created without a size, takes the length of its first vector", () => {
    const index = new VectorIndex()
    expect(index.dimensions).toBe(0)
    expect(index.search([1, 0, 0, 0], { limit: 5 })).toEqual([])
    index.upsert("a", [3, 4])
    index.upsert("b", [0, 1])
    expect(index.dimensions).toBe(2)
    expect(Array.from(index.get("a") ?? [])).toEqual([
      expect.closeTo(0.6, QUANTIZED_DIGITS),
      expect.closeTo(0.8, QUANTIZED_DIGITS),
    ])
    expect(index.search([0, 2], { limit: 1 })).toEqual([
      { id: "b", similarity: expect.closeTo(1, 6) },
    ])
    expect(() => index.upsert("c", [1, 2, 3])).toThrow(/3 dimensions, the index holds 2/)
    expect(() => index.search([1, 0, 0], { limit: 1 })).toThrow(/Query has 3 dimensions/)
  })
})

describe("VectorIndex quantization", () => {
  it("keeps the top 12 of an exact float32 search and a quarter of its memory", () => {
    const dimensions = 128
    const vectors = randomVectors(3000, dimensions, 3)
    const index = new VectorIndex(dimensions, vectors.length)
    vectors.forEach((vector, i) => index.upsert(`p${i}`, vector))
    expect(index.vectorBytes).toBe(vectors.length * (dimensions + 4))

    let found = 0
    const queries = randomVectors(50, dimensions, 11)
    for (const query of queries) {
      const exact = new Set(
        vectors
          .map((vector, i) => ({ id: `p${i}`, similarity: cosine(query, vector) }))
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, 12)
          .map((hit) => hit.id)
      )
      found += index.search(query, { limit: 12 }).filter((hit) => exact.has(hit.id)).length
    }
    expect(found / (12 * queries.length)).toBeGreaterThanOrEqual(0.98)
  })

  it("changes its version whenever a row is written or removed", () => {
    const index = new VectorIndex(2)
    const versions = [index.version]
    index.upsert("a", [1, 0])
    versions.push(index.version)
    index.upsert("a", [0, 1])
    versions.push(index.version)
    index.remove("a")
    versions.push(index.version)
    expect(new Set(versions).size).toBe(4)
  })
})
