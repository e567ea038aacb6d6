import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { VectorIndex } from "../../vector/vector-index"
import { FloatItemVectors, IndexedItemVectors } from "../item-vectors"
import { buildSemanticNeighbours } from "../semantic-neighbours"
import { closeScores, QUANTIZED_DIGITS } from "../../vector/__tests__/quantization-tolerance"

describe("ItemVectors", () => {
  it("holds unit vectors by index and gives cosines, 0 for items without one", () => {
    const vocabulary = ItemVocabulary.from(["a", "b", "c"])
    const vectors = new FloatItemVectors(vocabulary, 2)
    vectors.set(0, [3, 4])
    vectors.set(1, [4, 3])
    expect(vectors.cosine(0, 1)).toBeCloseTo(24 / 25, 6)
    expect(vectors.cosineById("a", "c")).toBe(0)
    expect(vectors.cosineById("a", "zz")).toBe(0)
    expect(() => vectors.set(2, [1, 2, 3])).toThrow(RangeError)
  })
})

describe("IndexedItemVectors", () => {
  it("reads the serving index by vocabulary index and follows rows moved by a removal", () => {
    const vocabulary = ItemVocabulary.from(["a", "b", "c"])
    const index = new VectorIndex(2)
    index.upsert("a", [1, 0])
    index.upsert("b", [0, 1])
    index.upsert("c", [0.6, 0.8])
    const vectors = new IndexedItemVectors(vocabulary, index)
    expect(vectors.cosineById("a", "c")).toBeCloseTo(0.6, QUANTIZED_DIGITS)

    index.remove("a") // "c" moves into a's row
    expect(vectors.has(0)).toBe(false)
    expect(vectors.cosineById("b", "c")).toBeCloseTo(0.8, QUANTIZED_DIGITS)
    const sum = new Float32Array(2)
    vectors.addTo(sum, 2, 2)
    expect(Array.from(sum)).toEqual([
      expect.closeTo(1.2, QUANTIZED_DIGITS),
      expect.closeTo(1.6, QUANTIZED_DIGITS),
    ])
    expect(vectors.dot(Float32Array.from([0, 1]), 1)).toBeCloseTo(1, QUANTIZED_DIGITS)
  })
})

describe("buildSemanticNeighbours", () => {
  it("lists each item's nearest items by cosine, never itself", () => {
    const vocabulary = ItemVocabulary.from(["x", "near-x", "y", "no-vector"])
    const index = new VectorIndex(2)
    index.upsert("x", [1, 0])
    index.upsert("near-x", [0.8, 0.6])
    index.upsert("y", [0, 1])
    const vectors = new IndexedItemVectors(vocabulary, index)
    const progress: number[] = []
    const neighbours = buildSemanticNeighbours(vectors, {
      neighbours: 1,
      onProgress: (done) => progress.push(done),
    })
    const top = (id: string) => neighbours.of(vocabulary, id).map((n) => [n.id, n.score])
    expect(top("x")).toEqual(closeScores([["near-x", 0.8]]))
    expect(top("near-x")).toEqual(closeScores([["x", 0.8]]))
    expect(top("y")).toEqual(closeScores([["near-x", 0.6]]))
    expect(top("no-vector")).toEqual([])
    expect(progress).toEqual([3])
  })
})

describe("buildSemanticNeighbours on partitions", () => {
  // Clustered vectors, as embeddings of a catalog are: 40 topics, items scattered around them.
  const count = 800
  const dimensions = 16
  const vocabulary = ItemVocabulary.from(Array.from({ length: count }, (_, i) => `p${i}`))
  const vectors = new FloatItemVectors(vocabulary, dimensions)
  let state = 5
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648 - 0.5
  }
  const topics = Array.from({ length: 40 }, () => Array.from({ length: dimensions }, next))
  for (let i = 0; i < count; i++) {
    vectors.set(
      i,
      topics[i % topics.length].map((value) => value + 0.6 * next())
    )
  }

  it("finds nearly every exact neighbour, each once, never the item itself, best first", () => {
    const exact = buildSemanticNeighbours(vectors, { neighbours: 10, exactUpTo: Infinity })
    const progress: number[] = []
    const approximate = buildSemanticNeighbours(vectors, {
      neighbours: 10,
      exactUpTo: 50,
      onProgress: (done) => progress.push(done),
    })
    let found = 0
    for (let item = 0; item < count; item++) {
      const list = approximate.of(vocabulary, `p${item}`)
      const ids = list.map((n) => n.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).not.toContain(`p${item}`)
      const scores = list.map((n) => n.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
      const expected = new Set(exact.of(vocabulary, `p${item}`).map((n) => n.id))
      found += ids.filter((id) => expected.has(id)).length
    }
    expect(found / (10 * count)).toBeGreaterThanOrEqual(0.95)
    expect(progress.at(-1)).toBe(count)
  })
})
