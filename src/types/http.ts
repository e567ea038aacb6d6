// Shapes of this plugin's HTTP responses, shared by the routes, the admin UI and storefronts.
import type { HttpTypes } from "@medusajs/framework/types"
import type { InteractionType, Reason } from "../engine/types"
import type {
  RankingSettings,
  RankingSettingsOverrides,
} from "../modules/recommendation/ranking-settings"

export type { Reason }

export type StoreProductRecommendation = {
  product_id: string
  score: number
  reasons: Reason[]
  /** The parts of the score, by source (semantic, collaborative, popularity...). */
  components?: Record<string, number>
}

export type StoreProductRecommendationsResponse = {
  products: HttpTypes.StoreProduct[]
  recommendations: StoreProductRecommendation[]
  count: number
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
