// Shapes of this plugin's HTTP responses, shared by the routes, the admin UI and storefronts.
import type { HttpTypes } from "@medusajs/types"
import type { MerchandisingAction, MerchandisingScope } from "../engine/merchandising/rules"
import type { InteractionType, Reason } from "../engine/types"
import type { RecommendationPlacement } from "../modules/recommendation/models/placement"
import type {
  RankingSettings,
  RankingSettingsOverrides,
} from "../modules/recommendation/ranking-settings"

export type { MerchandisingAction, MerchandisingScope, Reason, RecommendationPlacement }

export type StoreProductRecommendation = {
  product_id: string
  score: number
  reasons: Reason[]
  /** The parts of the score, by source (semantic, collaborative, popularity...). */
  components?: Record<string, number>
}

/** A ranked list hydrated as the store returns products. */
export type StoreRankedProducts = {
  products: HttpTypes.StoreProduct[]
  recommendations: StoreProductRecommendation[]
  count: number
}

export type StoreProductRecommendationsResponse = StoreRankedProducts & {
  /**
   * This response's id ("rrec_..."): send it with the `recommendation_click` and `add_to_cart`
   * events of its products, so clicks and orders are credited to it.
   */
  recommendation_id: string
  /** Which list this is; metrics and attribution are kept per placement. */
  placement: RecommendationPlacement
}

export type StoreRecommendationsResponse = StoreProductRecommendationsResponse & {
  /** True when the shopper has no history yet and the products are trending ones. */
  fallback: boolean
}

export type StoreRecommendationsSearchResponse = StoreProductRecommendationsResponse & {
  /** The words matched by meaning (the query without its price bounds). */
  query: string
  /** The price filter applied, from `min_price`/`max_price` or the query ("under 30"). */
  price_range: { min: number | null; max: number | null; currency_code: string } | null
}

/**
 * The embedding pipeline, as GET /admin/recommendations/status answers it (the module's
 * EmbeddingPipelineStatus, which the status route is type-checked against).
 */
export type AdminEmbeddingPipelineStatus = {
  /** The configured (target) model. */
  provider: string
  dimensions: number | null
  /** Products in the catalog (any status). */
  products: number
  counts: Record<AdminProductEmbedding["status"], number> & { total: number }
  /** Products whose current embedding needed retries, and their failed attempts in all. */
  retries: { products: number; attempts: number }
  /** Share of the catalog with a vector of the current model, 0..1. */
  coverage: number
  oldest_pending_seconds: number | null
  /** Products embedded per minute over the last five minutes. */
  rate_per_minute: number
  failures: {
    product_id: string
    attempts: number
    last_error: string | null
    updated_at: string
  }[]
  /** The serving model's in-process index. */
  index: { size: number; vector_bytes: number; refreshed_at: string | null }
  model_switch: {
    /** The model whose vectors requests rank with. */
    serving_model: string
    /** The configured model, the one the pipeline embeds with. */
    target_model: string
    in_progress: boolean
    /** Share of the embedded products the target model covers, 0..1. */
    progress: number
    /** The share at which the target model takes over (`embedding.switchCoverage`). */
    switch_coverage: number
  }
  /** Live embedding rows per model (two while a switch is under way). */
  models: (Record<AdminProductEmbedding["status"], number> & {
    model_id: string
    dimensions: number | null
  })[]
}

export type AdminRecommendationsStatusResponse = { status: AdminEmbeddingPipelineStatus }

export type AdminRecommendationsReindexResponse = {
  queued: number
  status: AdminEmbeddingPipelineStatus
}

export type AdminProductEmbedding = {
  status: "pending" | "ready" | "failed"
  model_id: string | null
  dimensions: number | null
  attempts: number
  last_error: string | null
  embedded_at: string | null
  updated_at: string
}

/** One product of an admin preview: the ranked item with what the admin shows of the product. */
export type AdminPreviewItem = StoreProductRecommendation & {
  title: string
  thumbnail: string | null
  status: string
}

export type AdminProductRecommendationsResponse = {
  embedding: AdminProductEmbedding | null
  /** The store's "similar" list for this product, over every product (any status or channel). */
  similar: AdminPreviewItem[]
  /** The store's "frequently bought together" list, over every product. */
  bought_together: AdminPreviewItem[]
}

export type AdminCustomerHistoryEvent = {
  product_id: string
  /** Null when the product was deleted since. */
  title: string | null
  type: InteractionType
  occurred_at: string
}

export type AdminCustomerRecommendationsResponse = {
  customer_id: string
  /** The customer's latest events, newest first. */
  history: AdminCustomerHistoryEvent[]
  /** The store's personalized list for this customer, over every product. */
  personalized: AdminPreviewItem[]
  /** True when the customer has no usable history and the list is trending products. */
  fallback: boolean
}

export type { RankingSettings, RankingSettingsOverrides }

export type AdminRecommendationSettingsResponse = {
  /** What the store ranks with: `defaults` with `overrides` laid over them. */
  settings: RankingSettings
  /** From the plugin options. */
  defaults: RankingSettings
  /** What the admin saved. */
  overrides: RankingSettingsOverrides
  updated_at: string | null
  /** The id of the admin user who saved the overrides. */
  updated_by: string | null
}

/** The store lists of one product (similar, bought together) or one customer (personalized). */
export type AdminPreviewPlacements = {
  similar?: AdminPreviewItem[]
  bought_together?: AdminPreviewItem[]
  personalized?: AdminPreviewItem[]
}

export type AdminRecommendationsPreviewResponse = {
  /** Ranked with the settings in effect. */
  live: AdminPreviewPlacements
  /** Ranked with the draft settings laid over the live ones (nothing is saved). */
  draft: AdminPreviewPlacements
}

export type RecommendationRevenue = { currency_code: string; amount: number }

/** Counts of one placement over a day or over the whole range. */
export type RecommendationMetricsCounts = {
  placement: RecommendationPlacement
  /** Store responses served. */
  impressions: number
  /** `recommendation_click` events carrying one of those responses' ids. */
  clicks: number
  /** clicks / impressions (0 without impressions). */
  ctr: number
  /** `add_to_cart` events carrying a recommendation_id. */
  add_to_carts: number
  /** Distinct orders with a product credited to the placement. */
  orders: number
  /** Credited line item totals, per order currency. */
  revenue: RecommendationRevenue[]
  latency_p50_ms: number | null
  latency_p95_ms: number | null
}

export type AdminRecommendationMetricsDay = RecommendationMetricsCounts & {
  /** UTC day, YYYY-MM-DD. */
  date: string
}

export type AdminRecommendationMetricsTotals = RecommendationMetricsCounts & {
  /** orders / clicks (0 without clicks). */
  conversion_rate: number
}

export type AdminRecommendationMetricsResponse = {
  /** The range counted: from inclusive, to exclusive (ISO instants). */
  from: string
  to: string
  /** Days with any activity, by date then placement. */
  days: AdminRecommendationMetricsDay[]
  /** One entry per placement (the requested one only, with `placement=`). */
  totals: AdminRecommendationMetricsTotals[]
}

/** A store owner's merchandising rule (see the README's "Merchandising rules"). */
export type AdminMerchandisingRule = {
  id: string
  action: MerchandisingAction
  scope: MerchandisingScope
  /** The source product (scope "product") or category (scope "category"); null for "all". */
  scope_id: string | null
  /** null: every placement. */
  placement: RecommendationPlacement | null
  product_id: string
  /** pin and curate: 1-based position (curate without one: first). */
  position: number | null
  /** boost and bury: how far the score moves, above 0 up to 1. */
  strength: number | null
  active: boolean
  note: string | null
  created_at: string
  updated_at: string
}

export type AdminMerchandisingRulesResponse = {
  rules: AdminMerchandisingRule[]
  count: number
  limit: number
  offset: number
}

export type AdminMerchandisingRuleResponse = { rule: AdminMerchandisingRule }

export type AdminMerchandisingRuleDeleteResponse = {
  id: string
  object: "recommendation_rule"
  deleted: true
}
