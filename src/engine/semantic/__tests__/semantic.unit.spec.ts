import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { ExactVectorIndex } from "../../vector/exact-vector-index"
import { ItemVectors } from "../item-vectors"
import { buildSemanticNeighbours } from "../semantic-neighbours"

describe("ItemVectors", () => {
  it("holds unit vectors by index and gives cosines, 0 for items without one", () => {
    const vocabulary = ItemVocabulary.from(["a", "b", "c"])
    const vectors = new ItemVectors(vocabulary, 2)
    vectors.set(0, [3, 4])
    vectors.set(1, [4, 3])
    expect(vectors.cosine(0, 1)).toBeCloseTo(24 / 25, 6)
    expect(vectors.cosineById("a", "c")).toBe(0)
    expect(vectors.cosineById("a", "zz")).toBe(0)
    expect(() => vectors.set(2, [1, 2, 3])).toThrow(RangeError)
  })
})

describe("buildSemanticNeighbours", () => {
  it("lists each item's nearest items by cosine, never itself", () => {
    const vocabulary = ItemVocabulary.from(["x", "near-x", "y", "no-vector"])
    const index = new ExactVectorIndex(2)
    index.upsert("x", [1, 0])
    index.upsert("near-x", [0.8, 0.6])
    index.upsert("y", [0, 1])
    const vectors = ItemVectors.fromIndex(index, vocabulary)
    const progress: number[] = []
    const neighbours = buildSemanticNeighbours(vectors, {
      neighbours: 1,
      onProgress: (done) => progress.push(done),
    })
    const top = (id: string) =>
      neighbours.of(vocabulary, id).map((n) => [n.id, Math.round(n.score * 1e4) / 1e4])
    expect(top("x")).toEqual([["near-x", 0.8]])
    expect(top("near-x")).toEqual([["x", 0.8]])
    expect(top("y")).toEqual([["near-x", 0.6]])
    expect(top("no-vector")).toEqual([])
    expect(progress).toEqual([3])
  })
})
