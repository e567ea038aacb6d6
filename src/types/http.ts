// Shapes of this plugin's HTTP responses, shared by the routes, the admin UI and storefronts.
import type { HttpTypes } from "@medusajs/types"
import type { Reason } from "../engine/types"

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

export type AdminProductRecommendation = StoreProductRecommendation & {
  title: string
  thumbnail: string | null
  status: string
}

export type AdminProductRecommendationsResponse = {
  embedding: AdminProductEmbedding | null
  similar: AdminProductRecommendation[]
}
