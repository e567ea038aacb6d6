import { z } from "@medusajs/framework/zod"
import type {
  BlendWeights,
  FallbackWeights,
  SearchWeights,
  SimilarItemsWeights,
} from "../../engine"
import type { RecommendationOptions } from "./options"

// Ranges shared by the plugin options (the defaults) and the settings saved in the admin.
export const shareOfScore = z.number().min(0).max(1)
export const blendWeight = z.number().min(0).max(10)
/** Shoppers behind a pair at which behaviour weighs as much as meaning (> 0). */
export const evidenceHalfPoint = z.number().min(0.1).max(1000)
export const eventWeight = z.number().min(0).max(10)
export const maxPerCategory = z.number().int().min(1).max(50)

const FusionSettings = z
  .object({
    /** "Similar" lists: share of the score given to popularity. */
    similar_popularity: shareOfScore,
    /** "Similar" lists: shoppers behind a pair at which behaviour weighs as much as meaning. */
    similar_evidence_half_point: evidenceHalfPoint,
    /** Personalized lists: weight of each source in the blend (0 turns one off). */
    personalized_semantic: blendWeight,
    personalized_collaborative: blendWeight,
    personalized_sequential: blendWeight,
    personalized_popularity: blendWeight,
    /** Search: weight of the query, popularity and the shopper's taste. */
    search_query: blendWeight,
    search_popularity: blendWeight,
    search_profile: blendWeight,
  })
  .strict()

const DiversitySettings = z
  .object({
    personalized: shareOfScore,
    similar: shareOfScore,
    /** null: no cap. */
    max_per_category: maxPerCategory.nullable(),
  })
  .strict()

const FallbackSettings = z
  .object({
    /** Top short lists up (catalog neighbours, trending, newest); off: short lists stay short. */
    enabled: z.boolean(),
    category_weight: shareOfScore,
    collection_weight: shareOfScore,
    type_weight: shareOfScore,
  })
  .strict()

const EventWeightSettings = z
  .object({
    purchase: eventWeight,
    add_to_cart: eventWeight,
    view: eventWeight,
    recommendation_click: eventWeight,
  })
  .strict()

/** The ranking knobs a store owner may change at run time (snake_case, as the admin API). */
export const RankingSettingsSchema = z
  .object({
    fusion: FusionSettings,
    diversity: DiversitySettings,
    fallback: FallbackSettings,
    event_weights: EventWeightSettings,
  })
  .strict()

/** What is stored and posted: any part of the settings, laid over the defaults. */
export const RankingSettingsOverridesSchema = z
  .object({
    fusion: FusionSettings.partial().optional(),
    diversity: DiversitySettings.partial().optional(),
    fallback: FallbackSettings.partial().optional(),
    event_weights: EventWeightSettings.partial().optional(),
  })
  .strict()

export type RankingSettings = z.infer<typeof RankingSettingsSchema>
export type RankingSettingsOverrides = z.infer<typeof RankingSettingsOverridesSchema>

/** The settings the plugin options give, before any override. */
export function defaultRankingSettings(options: RecommendationOptions): RankingSettings {
  const { fusion, diversity, fallback, behaviour } = options
  return {
    fusion: {
      similar_popularity: fusion.similar.popularity,
      similar_evidence_half_point: fusion.similar.evidenceHalfPoint,
      personalized_semantic: fusion.personalized.semantic,
      personalized_collaborative: fusion.personalized.collaborative,
      personalized_sequential: fusion.personalized.sequential,
      personalized_popularity: fusion.personalized.popularity,
      search_query: fusion.search.query,
      search_popularity: fusion.search.popularity,
      search_profile: fusion.search.profile,
    },
    diversity: {
      personalized: diversity.personalized,
      similar: diversity.similar,
      max_per_category: diversity.maxPerCategory ?? null,
    },
    fallback: {
      enabled: fallback.enabled,
      category_weight: fallback.weights.category,
      collection_weight: fallback.weights.collection,
      type_weight: fallback.weights.type,
    },
    event_weights: { ...behaviour.eventWeights },
  }
}

/** `base` with every value `overrides` sets replaced. */
export function applySettingsOverrides(
  base: RankingSettings,
  overrides: RankingSettingsOverrides
): RankingSettings {
  return {
    fusion: { ...base.fusion, ...overrides.fusion },
    diversity: { ...base.diversity, ...overrides.diversity },
    fallback: { ...base.fallback, ...overrides.fallback },
    event_weights: { ...base.event_weights, ...overrides.event_weights },
  }
}

/**
 * Stored overrides as they are now valid; a row an older version of the plugin wrote may not
 * fit any more: it is then ignored as a whole, and `problems` says why.
 */
export function parseStoredOverrides(values: unknown): {
  overrides: RankingSettingsOverrides
  problems: string | null
} {
  const parsed = RankingSettingsOverridesSchema.safeParse(values)
  if (parsed.success) return { overrides: parsed.data, problems: null }
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
    .join("; ")
  return { overrides: {}, problems }
}

// The settings as the engine's rankers take them.

export function similarItemsWeights({ fusion }: RankingSettings): SimilarItemsWeights {
  return {
    popularityWeight: fusion.similar_popularity,
    evidenceHalfPoint: fusion.similar_evidence_half_point,
  }
}

export function personalizedBlendWeights({ fusion }: RankingSettings): BlendWeights {
  return {
    semantic: fusion.personalized_semantic,
    collaborative: fusion.personalized_collaborative,
    sequential: fusion.personalized_sequential,
    popularity: fusion.personalized_popularity,
  }
}

export function searchWeights({ fusion }: RankingSettings): SearchWeights {
  return {
    query: fusion.search_query,
    popularity: fusion.search_popularity,
    profile: fusion.search_profile,
  }
}

export function fallbackWeights({ fallback }: RankingSettings): FallbackWeights {
  return {
    category: fallback.category_weight,
    collection: fallback.collection_weight,
    type: fallback.type_weight,
  }
}

/** The stored overrides, who saved them and when (null: never saved). */
export type StoredRankingSettings = {
  overrides: RankingSettingsOverrides
  updated_by: string | null
  updated_at: Date | null
}

/**
 * This process's copy of the effective settings (defaults with the stored overrides), re-read
 * from Postgres when older than `maxStalenessMs`, so every instance sees a change within that
 * time. `invalidate()` after a save makes the next read fresh; a read that started before it
 * never overwrites what comes after.
 */
export class RankingSettingsSync {
  private effective_: RankingSettings
  private checkedAt_ = -Infinity
  private generation_ = 0
  private read_?: { generation: number; promise: Promise<RankingSettings> }

  constructor(
    readonly defaults: RankingSettings,
    private readonly readStored: () => Promise<StoredRankingSettings>,
    private readonly maxStalenessMs: number
  ) {
    this.effective_ = defaults
  }

  async ensureFresh(): Promise<RankingSettings> {
    if (Date.now() - this.checkedAt_ >= this.maxStalenessMs) return this.refresh()
    return this.effective_
  }

  refresh(): Promise<RankingSettings> {
    if (this.read_?.generation !== this.generation_) {
      const generation = this.generation_
      const promise: Promise<RankingSettings> = this.load_(generation).finally(() => {
        if (this.read_?.promise === promise) this.read_ = undefined
      })
      this.read_ = { generation, promise }
    }
    return this.read_.promise
  }

  invalidate(): void {
    this.generation_++
    this.checkedAt_ = -Infinity
  }

  private async load_(generation: number): Promise<RankingSettings> {
    const checkedAt = Date.now()
    const stored = await this.readStored()
    const effective = applySettingsOverrides(this.defaults, stored.overrides)
    if (generation === this.generation_) {
      this.effective_ = effective
      this.checkedAt_ = checkedAt
    }
    return effective
  }
}
