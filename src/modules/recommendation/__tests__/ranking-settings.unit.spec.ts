import { parseRecommendationOptions } from "../options"
import {
  applySettingsOverrides,
  defaultRankingSettings,
  RankingSettingsOverridesSchema,
  RankingSettingsSync,
  type StoredRankingSettings,
} from "../ranking-settings"

const defaults = defaultRankingSettings(
  parseRecommendationOptions({
    diversity: { maxPerCategory: 3 },
    fusion: { similar: { popularity: 0.1 } },
    behaviour: { eventWeights: { view: 0.5 } },
  })
)

describe("defaultRankingSettings", () => {
  it("takes every default from the plugin options", () => {
    expect(defaults).toEqual({
      fusion: {
        similar_popularity: 0.1,
        similar_evidence_half_point: 5,
        personalized_semantic: 0.75,
        personalized_collaborative: 1,
        personalized_sequential: 1,
        personalized_popularity: 0.2,
        search_query: 1,
        search_popularity: 0.1,
        search_profile: 0.2,
      },
      diversity: { personalized: 0.4, similar: 0.2, max_per_category: 3 },
      fallback: { enabled: true, category_weight: 0.6, collection_weight: 0.25, type_weight: 0.15 },
      event_weights: { purchase: 1, add_to_cart: 0.5, view: 0.5, recommendation_click: 0.25 },
    })
  })
})

describe("applySettingsOverrides", () => {
  it("replaces only the values given; null lifts the category cap", () => {
    const settings = applySettingsOverrides(defaults, {
      diversity: { max_per_category: null, similar: 0 },
      event_weights: { purchase: 2 },
    })
    expect(settings.diversity).toEqual({ personalized: 0.4, similar: 0, max_per_category: null })
    expect(settings.event_weights.purchase).toBe(2)
    expect(settings.event_weights.view).toBe(0.5)
    expect(settings.fusion).toEqual(defaults.fusion)
  })
})

describe("RankingSettingsOverridesSchema", () => {
  it("names bad and unknown fields by their path", () => {
    const result = RankingSettingsOverridesSchema.safeParse({
      diversity: { similar: 2, colour: "red" },
      fusion: { similar_popularity: "a lot" },
    })
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((issue) =>
      issue.code === "unrecognized_keys"
        ? [...issue.path, ...issue.keys].join(".")
        : issue.path.join(".")
    )
    expect(paths?.sort()).toEqual([
      "diversity.colour",
      "diversity.similar",
      "fusion.similar_popularity",
    ])
  })
})

describe("RankingSettingsSync", () => {
  const stored = (overrides: StoredRankingSettings["overrides"]): StoredRankingSettings => ({
    overrides,
    updated_by: null,
    updated_at: null,
  })

  it("serves its copy until it is stale, then re-reads", async () => {
    let reads = 0
    let current = stored({})
    const sync = new RankingSettingsSync(defaults, async () => (reads++, current), 60_000)
    expect((await sync.ensureFresh()).diversity.similar).toBe(0.2)
    current = stored({ diversity: { similar: 0.7 } })
    expect((await sync.ensureFresh()).diversity.similar).toBe(0.2)
    expect(reads).toBe(1)
    sync.invalidate()
    expect((await sync.ensureFresh()).diversity.similar).toBe(0.7)
    expect(reads).toBe(2)
  })

  it("never lets a read that started before a save overwrite it", async () => {
    let database = stored({})
    let releaseFirstRead: (() => void) | undefined
    const sync = new RankingSettingsSync(
      defaults,
      () => {
        const row = database
        if (releaseFirstRead) return Promise.resolve(row)
        return new Promise((resolve) => (releaseFirstRead = () => resolve(row)))
      },
      60_000
    )
    const slowRead = sync.ensureFresh()
    // The save commits while the first read is in flight, and that read finishes last.
    database = stored({ diversity: { similar: 0.9 } })
    sync.invalidate()
    const afterSave = sync.ensureFresh()
    releaseFirstRead?.()
    expect((await slowRead).diversity.similar).toBe(0.2)
    expect((await afterSave).diversity.similar).toBe(0.9)
    expect((await sync.ensureFresh()).diversity.similar).toBe(0.9)
  })
})
