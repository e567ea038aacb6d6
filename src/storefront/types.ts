// Types of the storefront kit. The response shapes are the routes' own (src/types/http.ts).
import type Medusa from "@medusajs/js-sdk"
import type { FetchArgs } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { RecommendationPlacement } from "../modules/recommendation/models/placement"
import type {
  Reason,
  StoreProductRecommendation,
  StoreProductRecommendationsResponse,
  StoreRecommendationsResponse,
  StoreRecommendationsSearchResponse,
} from "../types/http"

export type {
  Reason,
  RecommendationPlacement,
  StoreProductRecommendation,
  StoreProductRecommendationsResponse,
  StoreRecommendationsResponse,
  StoreRecommendationsSearchResponse,
}

/**
 * What the kit needs of a `@medusajs/js-sdk` client: its `client.fetch`, which sends the
 * publishable key and the customer's token or session cookie, as every js-sdk call does.
 */
export type StorefrontSdk = { client: Pick<Medusa["client"], "fetch"> }

/**
 * Options passed through to `sdk.client.fetch`: `headers` (e.g. the Next.js starter's auth
 * headers on the server), `signal`, `cache`, and Next.js's `next` where it is declared.
 */
export type RequestOptions = Omit<FetchArgs, "method" | "body" | "query">

/** The query every list route accepts (see the README's Store API). */
export type RecommendationListQuery = {
  /** 1-50, default 12. */
  limit?: number
  /** Product fields, as for GET /store/products. */
  fields?: string
  /** Prices (`variants.calculated_price`) in this region. */
  region_id?: string
  country_code?: string
  province?: string
  cart_id?: string
  /** Product ids to leave out, such as those in the cart (at most 100). */
  exclude?: string[]
  /** Variety of the list, 0-1. */
  diversity?: number
  max_per_category?: number
  in_stock?: boolean
  min_price?: number
  max_price?: number
  /** A guest's session id: personalizes the lists and credits their clicks and orders. */
  session_id?: string
}

/** The query of the lists that know the shopper. */
export type ShopperListQuery = RecommendationListQuery

// Every list carries its `recommendation_id` and `placement`: clicks send the id back, so that
// they (and the orders that follow) are credited to the list.
export type SimilarProductsList = StoreProductRecommendationsResponse
export type PersonalizedList = StoreRecommendationsResponse
export type SearchList = StoreRecommendationsSearchResponse
/** Any of the four lists. */
export type RecommendationList = SimilarProductsList | PersonalizedList | SearchList

/** Which list to fetch, for `fetchRecommendations`, the hook and the component. */
export type RecommendationRequest =
  | {
      placement: "similar" | "bought_together"
      productId: string
      query?: RecommendationListQuery
    }
  | { placement: "personalized"; query?: ShopperListQuery }
  | { placement: "search"; q: string; query?: ShopperListQuery }

/** One product of a list with the recommendation that explains it. */
export type RecommendedProduct = {
  product: HttpTypes.StoreProduct
  recommendation: StoreProductRecommendation
}

/** A price in major units (25 is €25.00), as Medusa's calculated prices are. */
export type ProductPrice = { amount: number; currency_code: string }

/** The events a storefront sends (purchases are recorded by the plugin from placed orders). */
export type StorefrontEvent =
  | { type: "view"; product_id: string }
  | { type: "add_to_cart"; product_id: string; quantity?: number; recommendation_id?: string }
  | { type: "recommendation_click"; product_id: string; recommendation_id?: string }

export type SendEventsOptions = RequestOptions & {
  /** The guest's session id; sent with a customer's token too, it hands their history over. */
  sessionId?: string
}

/** The outcome of sending events, over all the requests it took. */
export type SendEventsResult = {
  /** Requests made: one per 100 events. */
  requests: number
  /** Events stored, counted from the requests that succeeded. */
  accepted: number
  /**
   * Requests that failed, with their events. A 400 still stored the valid events of its batch;
   * its message names the rejected ones.
   */
  failures: { events: StorefrontEvent[]; error: unknown }[]
}
