import { DEFAULT_HYBRID_SETTINGS } from "../../eval/hybrid-settings"
import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { FloatItemVectors } from "../../semantic/item-vectors"
import type { Interaction } from "../../types"
import { buildHybridSources, hybridPersonalizedSettings } from "../hybrid-sources"
import { PersonalizedRecommender } from "../personalized-recommender"

const DAY = 24 * 3600 * 1000
const bought = (user_id: string, item_id: string, day: number): Interaction => ({
  user_id,
  item_id,
  type: "purchase",
  quantity: 1,
  timestamp: day * DAY,
})

describe("buildHybridSources", () => {
  const vocabulary = ItemVocabulary.from(["shampoo", "conditioner", "polish", "new-serum"])
  const vectors = new FloatItemVectors(vocabulary, 2)
  vectors.set(0, [1, 0])
  vectors.set(1, [0.9, 0.1])
  vectors.set(2, [0, 1])
  vectors.set(3, [1, 0.05])
  const interactions = [
    bought("u1", "shampoo", 1),
    bought("u1", "conditioner", 2),
    bought("u2", "shampoo", 3),
    bought("u2", "conditioner", 4),
    bought("u3", "polish", 5),
  ]

  it("builds every source with the settings, trending when a half-life is given", () => {
    const sources = buildHybridSources(
      interactions,
      { vocabulary, vectors },
      DEFAULT_HYBRID_SETTINGS,
      {
        trendingHalfLifeMs: 7 * DAY,
      }
    )
    expect(sources.popularityKind).toBe("trending")
    expect(sources.collaborative?.of(vocabulary, "shampoo").map((n) => n.id)).toEqual([
      "conditioner",
    ])
    expect(sources.sequential?.of(vocabulary, "shampoo").map((n) => [n.id, n.support])).toEqual([
      ["conditioner", 2],
    ])
    // new-serum has no interactions but is the shampoo's nearest item by meaning.
    expect(sources.semantic?.of(vocabulary, "shampoo")[0].id).toBe("new-serum")
    expect(Array.from(sources.popularity ?? []).map((p) => p > 0)).toEqual([
      true,
      true,
      true,
      false,
    ])
  })

  it("feeds a recommender that follows the behaviour and the meaning", () => {
    const sources = buildHybridSources(
      interactions,
      { vocabulary, vectors },
      DEFAULT_HYBRID_SETTINGS
    )
    const recommender = new PersonalizedRecommender(
      sources,
      hybridPersonalizedSettings(DEFAULT_HYBRID_SETTINGS)
    )
    const ids = recommender
      .recommend([{ item_id: "shampoo", type: "view", timestamp: 0 }], { limit: 2 })
      .items.map((item) => item.id)
    expect(ids).toEqual(["conditioner", "new-serum"])
  })
})
