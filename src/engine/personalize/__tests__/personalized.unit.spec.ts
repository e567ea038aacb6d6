import { ItemNeighboursBuilder, type ItemNeighbours } from "../../collaborative/item-neighbours"
import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { FloatItemVectors } from "../../semantic/item-vectors"
import { DEFAULT_EVENT_WEIGHTS } from "../../interactions/interaction-log"
import type { Interaction } from "../../types"
import { weightHistory, type HistoryEvent } from "../history-weights"
import { PersonalizedRecommender, type PersonalizedSettings } from "../personalized-recommender"

const vocabulary = ItemVocabulary.from(["A", "B", "C", "D", "E"])

function lists(rows: Record<string, [string, number][]>): ItemNeighbours {
  const builder = new ItemNeighboursBuilder(vocabulary.size, 2)
  for (let item = 0; item < vocabulary.size; item++) {
    for (const [id, score] of rows[vocabulary.idAt(item)] ?? []) {
      builder.push(vocabulary.indexOf(id), score, 1)
    }
    builder.endRow()
  }
  return builder.build()
}

const seen = (item_id: string, timestamp: number, type: Interaction["type"] = "purchase") => ({
  item_id,
  type,
  timestamp,
})

const settings: PersonalizedSettings = {
  history: {
    eventWeights: DEFAULT_EVENT_WEIGHTS,
    maxItems: 10,
    recencyHalfLife: 1,
    attention: null,
  },
  weights: { semantic: 1, collaborative: 1, sequential: 1, popularity: 0.5 },
  semanticExponent: 1,
}

describe("weightHistory", () => {
  it("halves an item's weight per later item at half-life 1, then sums to 1", () => {
    const history = weightHistory(
      [seen("A", 1), seen("B", 2), seen("A", 3, "view")],
      vocabulary,
      undefined,
      {
        ...settings.history,
      }
    )
    // Newest first: A (age 0, strongest event a purchase), B (age 1) -> 1 : 0.5.
    expect(Array.from(history.items)).toEqual([1, 0])
    expect(Array.from(history.weights)).toEqual([1 / 3, 2 / 3])
    expect(Array.from(history.purchased)).toEqual([1, 1])
  })

  it("weighs items close to the recent intent more (attention)", () => {
    const vectors = new FloatItemVectors(vocabulary, 2)
    vectors.set(0, [1, 0]) // A: far from the latest item
    vectors.set(1, [0, 1]) // B: the latest item
    const history = weightHistory([seen("A", 1), seen("B", 2)], vocabulary, vectors, {
      ...settings.history,
      recencyHalfLife: Infinity,
      attention: { temperature: 1, window: 1 },
    })
    // Centroid = B: logits A 0, B 1 -> softmax e^0 : e^1.
    expect(history.weights[0]).toBeCloseTo(1 / (1 + Math.E), 12)
    expect(history.weights[1]).toBeCloseTo(Math.E / (1 + Math.E), 12)
  })
})

describe("PersonalizedRecommender", () => {
  // History A then B (both bought): w_A = 1/3, w_B = 2/3.
  // CF:  A → C 0.6, D 0.3; B → C 0.45.     raw C 0.5, D 0.1      → normalized C 1, D 0.2
  // Sem: A → D 0.9; B → D 0.5, C 0.2.      raw D 0.6333, C 0.1333 → normalized D 1, C 0.2105
  // Popularity: A 1, B 1, C 3, D 0, E 0 → normalized 0.5, 0.5, 1, 0, 0.
  // Σβ = 1 + 1 + 0.5 (no sequential source) = 2.5:
  // C = (0.2105 + 1 + 0.5) / 2.5 = 0.6842, D = (1 + 0.2) / 2.5 = 0.48.
  const sources = {
    vocabulary,
    collaborative: lists({
      A: [
        ["C", 0.6],
        ["D", 0.3],
      ],
      B: [["C", 0.45]],
    }),
    semantic: lists({
      A: [["D", 0.9]],
      B: [
        ["D", 0.5],
        ["C", 0.2],
      ],
    }),
    popularity: new Float64Array([1, 1, 3, 0, 0]),
  }
  const history: HistoryEvent[] = [seen("A", 1), seen("B", 2)]

  it("blends per-shopper normalized sources (hand-computed) and excludes purchases", () => {
    const recommender = new PersonalizedRecommender(sources, settings)
    const result = recommender.recommend(history, { limit: 2 })
    expect(result.fallback).toBe(false)
    expect(result.items).toEqual([
      {
        id: "C",
        score: 0.6842,
        reasons: [{ type: "because_you_viewed", product_id: "B" }],
        components: { semantic: 0.0842, collaborative: 0.4, popularity: 0.2 },
      },
      {
        id: "D",
        score: 0.48,
        reasons: [{ type: "because_you_viewed", product_id: "B" }],
        components: { semantic: 0.4, collaborative: 0.08 },
      },
    ])
  })

  it("takes the blend and event weights of a call over its settings", () => {
    const recommender = new PersonalizedRecommender(sources, settings)
    // Semantic alone: D (normalized 1) before C (0.2105).
    const semanticOnly = recommender.recommend(history, {
      limit: 2,
      weights: { semantic: 1, collaborative: 0, sequential: 0, popularity: 0 },
    })
    expect(semanticOnly.items.map((i) => [i.id, i.score])).toEqual([
      ["D", 1],
      ["C", 0.2105],
    ])
    // A bought, then B viewed; behaviour alone. Default weights: w_A ∝ 1·0.5, w_B ∝ 0.25·1, so
    // w_A = 2/3, w_B = 1/3: raw C = 0.4 + 0.15 (mostly A's), D = 0.2 -> D 0.2 / 0.55 = 0.3636.
    // Views at 4: w_A = 1/9, w_B = 8/9: raw C = 0.0667 + 0.4 (mostly B's), D = 0.0333 -> 0.0714.
    const boughtThenViewed: HistoryEvent[] = [seen("A", 1), seen("B", 2, "view")]
    const behaviourOnly = { semantic: 0, collaborative: 1, sequential: 0, popularity: 0 }
    const byDefault = recommender.recommend(boughtThenViewed, {
      limit: 2,
      weights: behaviourOnly,
    })
    expect(byDefault.items.map((i) => [i.id, i.score])).toEqual([
      ["C", 1],
      ["D", 0.3636],
    ])
    expect(byDefault.items[0].reasons).toEqual([{ type: "because_you_viewed", product_id: "A" }])
    const viewsCountMore = recommender.recommend(boughtThenViewed, {
      limit: 2,
      weights: behaviourOnly,
      eventWeights: { ...DEFAULT_EVENT_WEIGHTS, view: 4 },
    })
    expect(viewsCountMore.items.map((i) => [i.id, i.score])).toEqual([
      ["C", 1],
      ["D", 0.0714],
    ])
    expect(viewsCountMore.items[0].reasons).toEqual([
      { type: "because_you_viewed", product_id: "B" },
    ])
  })

  it("ranks the whole catalog: unreached items follow on popularity", () => {
    const recommender = new PersonalizedRecommender(sources, settings)
    const ids = recommender
      .recommend(history, { limit: 5, exclude: "nothing" })
      .items.map((i) => i.id)
    // A and B score 0.5·0.5/2.5 = 0.1 on popularity; E has none and comes last.
    expect(ids).toEqual(["C", "D", "A", "B", "E"])
  })

  it("never returns a disallowed item", () => {
    const recommender = new PersonalizedRecommender(sources, settings)
    const ids = recommender.recommend(history, { limit: 3, isAllowed: (id) => id !== "C" }).items
    expect(ids.map((i) => i.id)).toEqual(["D", "E"])
  })

  it("falls back to trending items for a shopper without history, flagged", () => {
    const recommender = new PersonalizedRecommender(
      { ...sources, popularityKind: "trending" },
      settings
    )
    const result = recommender.recommend([seen("unknown-item", 1)], { limit: 2 })
    expect(result.fallback).toBe(true)
    expect(result.items).toEqual([
      { id: "C", score: 1, reasons: [{ type: "trending" }], components: { popularity: 1 } },
      { id: "A", score: 0.5, reasons: [{ type: "trending" }], components: { popularity: 0.5 } },
    ])
  })
})
