import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { IndexedItemVectors } from "../../semantic/item-vectors"
import { VectorIndex } from "../../vector/vector-index"
import { buildProfileVector } from "../search"
import { SearchRanker } from "../search"
import { closeScores, QUANTIZED_DIGITS } from "../../vector/__tests__/quantization-tolerance"

const vocabulary = ItemVocabulary.from(["A", "B", "hidden"])
const index = new VectorIndex(2)
index.upsert("A", [1, 0])
index.upsert("B", [0.6, 0.8])
index.upsert("hidden", [1, 0.01])

describe("SearchRanker", () => {
  it("blends query similarity with popularity (hand-computed)", () => {
    // Query (1, 0): cos A 1, B 0.6. Popularity A 0, B 3 -> normalized 0, 1.
    // Σβ = 1 + 0.5: A = 1/1.5 = 0.6667, B = (0.6 + 0.5)/1.5 = 0.7333.
    const ranker = new SearchRanker(
      { vocabulary, index, popularity: new Float64Array([0, 3, 0]) },
      { candidates: 10, weights: { query: 1, popularity: 0.5, profile: 1 } }
    )
    const ranked = ranker.search([1, 0], { limit: 5, isAllowed: (id) => id !== "hidden" })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["B", 0.7333],
        ["A", 0.6667],
      ])
    )
    expect(ranked[0].reasons).toEqual([
      { type: "matches_query", similarity: expect.closeTo(0.6, QUANTIZED_DIGITS) },
      { type: "popular" },
    ])
  })

  it("takes the blend weights of a call over its settings", () => {
    const ranker = new SearchRanker(
      { vocabulary, index, popularity: new Float64Array([0, 3, 0]) },
      { candidates: 10, weights: { query: 1, popularity: 0.5, profile: 1 } }
    )
    // Without popularity, the query alone: A (cos 1) before B (0.6).
    const ranked = ranker.search([1, 0], {
      limit: 2,
      isAllowed: (id) => id !== "hidden",
      weights: { query: 1, popularity: 0, profile: 0 },
    })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["A", 1],
        ["B", 0.6],
      ])
    )
  })

  it("adds the shopper's profile when one is given", () => {
    // Profile (0, 1): cos A 0, B 0.8. Σβ = 1 + 1: A = 0.5, B = (0.6 + 0.8)/2 = 0.7.
    const ranker = new SearchRanker(
      { vocabulary, index },
      { candidates: 10, weights: { query: 1, popularity: 0, profile: 1 } }
    )
    const ranked = ranker.search([1, 0], {
      limit: 2,
      isAllowed: (id) => id !== "hidden",
      profile: new Float32Array([0, 2]),
    })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["B", 0.7],
        ["A", 0.5],
      ])
    )
    expect(ranked[0].reasons[1]).toEqual({ type: "matches_profile", similarity: 0.8 })
  })
})

describe("buildProfileVector", () => {
  it("is the weighted sum of the history's unit vectors", () => {
    const vectors = new IndexedItemVectors(vocabulary, index)
    const profile = buildProfileVector(
      {
        items: new Int32Array([0, 1]),
        weights: new Float64Array([0.25, 0.75]),
        purchased: new Uint8Array(2),
      },
      vectors
    )
    expect(Array.from(profile ?? [])).toEqual([
      expect.closeTo(0.7, QUANTIZED_DIGITS),
      expect.closeTo(0.6, QUANTIZED_DIGITS),
    ])
  })
})
