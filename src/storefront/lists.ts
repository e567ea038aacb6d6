import type {
  PersonalizedList,
  RecommendationList,
  RecommendationListQuery,
  RecommendationRequest,
  RequestOptions,
  SearchList,
  ShopperListQuery,
  SimilarProductsList,
  StorefrontSdk,
} from "./types"

/** The query as the routes parse it: `exclude` comma-separated, `in_stock` as "true"/"false". */
function toSearchParams({ exclude, in_stock, ...rest }: ShopperListQuery): Record<string, unknown> {
  return {
    ...rest,
    ...(exclude?.length ? { exclude: exclude.join(",") } : {}),
    ...(in_stock === undefined ? {} : { in_stock: String(in_stock) }),
  }
}

function getList<List extends RecommendationList>(
  sdk: StorefrontSdk,
  path: string,
  query: Record<string, unknown>,
  options: RequestOptions
): Promise<List> {
  return sdk.client.fetch<List>(path, { ...options, method: "GET", query })
}

/** GET /store/products/:id/recommendations: products similar to `productId`, best first. */
export function getSimilar(
  sdk: StorefrontSdk,
  productId: string,
  query: RecommendationListQuery = {},
  options: RequestOptions = {}
): Promise<SimilarProductsList> {
  return getList(
    sdk,
    `/store/products/${encodeURIComponent(productId)}/recommendations`,
    toSearchParams(query),
    options
  )
}

/** GET /store/products/:id/frequently-bought-together: complements bought with `productId`. */
export function getBoughtTogether(
  sdk: StorefrontSdk,
  productId: string,
  query: RecommendationListQuery = {},
  options: RequestOptions = {}
): Promise<SimilarProductsList> {
  return getList(
    sdk,
    `/store/products/${encodeURIComponent(productId)}/frequently-bought-together`,
    toSearchParams(query),
    options
  )
}

/**
 * GET /store/recommendations: picks for the logged-in customer (from the sdk's auth) or the
 * guest of `query.session_id`; trending products, with `fallback: true`, without a history.
 */
export function getRecommendations(
  sdk: StorefrontSdk,
  query: ShopperListQuery = {},
  options: RequestOptions = {}
): Promise<PersonalizedList> {
  return getList(sdk, "/store/recommendations", toSearchParams(query), options)
}

/** GET /store/recommendations/search: products matching a description in plain words. */
export function searchRecommendations(
  sdk: StorefrontSdk,
  q: string,
  query: ShopperListQuery = {},
  options: RequestOptions = {}
): Promise<SearchList> {
  return getList(sdk, "/store/recommendations/search", { ...toSearchParams(query), q }, options)
}

/** Fetches the list a request names (what the React hook and component call). */
export function fetchRecommendations(
  sdk: StorefrontSdk,
  request: RecommendationRequest,
  options: RequestOptions = {}
): Promise<RecommendationList> {
  switch (request.placement) {
    case "similar":
      return getSimilar(sdk, request.productId, request.query, options)
    case "bought_together":
      return getBoughtTogether(sdk, request.productId, request.query, options)
    case "personalized":
      return getRecommendations(sdk, request.query, options)
    case "search":
      return searchRecommendations(sdk, request.q, request.query, options)
  }
}
