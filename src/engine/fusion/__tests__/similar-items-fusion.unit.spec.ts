import { ItemNeighboursBuilder } from "../../collaborative/item-neighbours"
import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { VectorIndex } from "../../vector/vector-index"
import { SimilarItemsRecommender } from "../similar-items-fusion"
import { closeScores, QUANTIZED_DIGITS } from "../../vector/__tests__/quantization-tolerance"

// S is the source. Cosines to S: hidden 0.99, A 0.8, B 0.6, C 0.
const vocabulary = ItemVocabulary.from(["S", "A", "B", "C", "hidden"])
const index = new VectorIndex(2)
index.upsert("S", [1, 0])
index.upsert("A", [0.8, 0.6])
index.upsert("B", [0.6, 0.8])
index.upsert("C", [0, 1])
index.upsert("hidden", [0.99, Math.sqrt(1 - 0.99 ** 2)])

// Co-occurrence of S: B (0.3, 15 shoppers), C (0.15, 1 shopper).
const builder = new ItemNeighboursBuilder(vocabulary.size, 2)
builder.push(vocabulary.indexOf("B"), 0.3, 15)
builder.push(vocabulary.indexOf("C"), 0.15, 1)
builder.endRow()
const collaborative = builder.build()

const settings = {
  semanticCandidates: 10,
  popularCandidates: 0,
  evidenceHalfPoint: 5,
  popularityWeight: 0,
}
const isAllowed = (id: string) => id !== "hidden"

describe("SimilarItemsRecommender", () => {
  it("shifts weight from meaning to behaviour as the pair's evidence grows", () => {
    // A: no co-occurrence -> sem 0.8.
    // B: g = 15/20 = 0.75, cf = 0.3/0.3 = 1 -> 0.25·0.6 + 0.75·1 = 0.9.
    // C: g = 1/6, cf = 0.5, sem 0 -> (1/6)·0.5 = 0.0833.
    const recommender = new SimilarItemsRecommender({ vocabulary, index, collaborative }, settings)
    const ranked = recommender.recommend("S", { limit: 5, isAllowed })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["B", 0.9],
        ["A", 0.8],
        ["C", 0.0833],
      ])
    )
    expect(ranked[0].components).toEqual({
      semantic: expect.closeTo(0.15, QUANTIZED_DIGITS),
      collaborative: 0.75,
      popularity: 0,
    })
    expect(ranked[0].reasons).toEqual([
      { type: "similar_to", product_id: "S", similarity: expect.closeTo(0.6, QUANTIZED_DIGITS) },
      { type: "also_interacted", product_id: "S", support: 15 },
    ])
    expect(ranked[2].reasons).toEqual([{ type: "also_interacted", product_id: "S", support: 1 }])
  })

  it("blends in popularity and never returns a disallowed item", () => {
    // Popularity A 0, B 1, C 3 -> normalized 0, 0.5, 1; β_pop 0.1:
    // A 0.9·0.8 = 0.72, B 0.9·0.9 + 0.1·0.5 = 0.86, C 0.9·0.0833 + 0.1 = 0.175.
    const popularity = new Float64Array([0, 0, 1, 3, 0])
    const recommender = new SimilarItemsRecommender(
      { vocabulary, index, collaborative, popularity },
      { ...settings, popularCandidates: 3, popularityWeight: 0.1 }
    )
    const ranked = recommender.recommend("S", { limit: 5, isAllowed })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["B", 0.86],
        ["A", 0.72],
        ["C", 0.175],
      ])
    )
    expect(ranked[2].reasons).toContainEqual({ type: "popular" })
  })

  it("takes the blend weights of a call over the constructor's", () => {
    // Evidence half point 45: B's g = 15/60 = 0.25 -> 0.75·0.6 + 0.25·1 = 0.7, below A's 0.8.
    const recommender = new SimilarItemsRecommender({ vocabulary, index, collaborative }, settings)
    const ranked = recommender.recommend("S", {
      limit: 2,
      isAllowed,
      weights: { evidenceHalfPoint: 45, popularityWeight: 0 },
    })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["A", 0.8],
        ["B", 0.7],
      ])
    )
    // The next call without weights is back on the constructor's.
    expect(recommender.recommend("S", { limit: 1, isAllowed })[0].id).toBe("B")
  })

  it("ranks a new item (no co-occurrence) on meaning alone", () => {
    const recommender = new SimilarItemsRecommender({ vocabulary, index }, settings)
    const ranked = recommender.recommend("S", { limit: 2, isAllowed })
    expect(ranked.map((r) => [r.id, r.score])).toEqual(
      closeScores([
        ["A", 0.8],
        ["B", 0.6],
      ])
    )
  })

  it("reads the precomputed neighbour list of a source that has one, and searches otherwise", () => {
    // S's precomputed list names only C (as if A and B had been embedded after it was built);
    // A has no list, so its candidates come from the index.
    const lists = new ItemNeighboursBuilder(vocabulary.size, 1)
    lists.push(vocabulary.indexOf("C"), 0.5, 0)
    lists.endRow()
    const semantic = lists.build()
    const recommender = new SimilarItemsRecommender({ vocabulary, index, semantic }, settings)

    expect(recommender.recommend("S", { limit: 5, isAllowed }).map((r) => r.id)).toEqual(["C"])
    expect(recommender.recommend("A", { limit: 2, isAllowed }).map((r) => r.id)).toEqual(["B", "S"])
  })

  it("compares items written after the lists were built, and searches for a source written since", () => {
    const dated = new VectorIndex(2)
    dated.upsert("S", [1, 0], 100)
    dated.upsert("A", [0.8, 0.6], 300) // re-embedded after the lists were read
    dated.upsert("B", [0.6, 0.8], 100)
    dated.upsert("C", [0, 1], 100)
    const lists = new ItemNeighboursBuilder(vocabulary.size, 1)
    lists.push(vocabulary.indexOf("C"), 0.5, 0)
    lists.endRow()
    const sources = { vocabulary, index: dated, semantic: lists.build(), semanticAsOf: 200 }
    const recommender = new SimilarItemsRecommender(sources, settings)

    // S's list (C) plus A, written since; B is neither listed nor newer.
    expect(recommender.recommend("S", { limit: 5, isAllowed }).map((r) => r.id)).toEqual(["A", "C"])
    dated.upsert("S", [0.6, 0.8], 400)
    expect(recommender.recommend("S", { limit: 2, isAllowed }).map((r) => r.id)).toEqual(["B", "A"])
  })
})
