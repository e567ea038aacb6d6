import type { MedusaResponse } from "@medusajs/framework/http"
import { extractPriceLimits } from "../../../../engine"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import type { StoreRecommendationsSearchResponse } from "../../../../types/http"
import type { StoreProductRequest } from "../../../utils/hydrate-products"
import { visibilityScopeOf } from "../../../utils/product-visibility"
import { serveRecommendations } from "../../../utils/serve-recommendations"
import { candidateCount, shapeVisibleList } from "../../../utils/visible-ranking"
import type { StoreGetRecommendationsSearchParamsType } from "./validators"

/**
 * GET /store/recommendations/search?q=a gift for a coffee lover under 30 — products matching
 * what the shopper describes, by meaning, lifted a little by popularity and by the shopper's
 * taste when known; a price bound in the words ("under 30") filters prices.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetRecommendationsSearchParamsType>,
  res: MedusaResponse<StoreRecommendationsSearchResponse>
) => {
  const { q, limit, diversity, max_per_category, session_id } = req.validatedQuery
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { text, limits } = extractPriceLimits(q)
  const scope = visibilityScopeOf(req, limits)
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const ranked = await service.searchProducts(text, {
    limit: candidateCount(limit),
    shopper: { customer_id: customerId, session_id },
  })
  const list = await shapeVisibleList(req.scope, scope, ranked, {
    limit,
    diversity,
    maxPerCategory: max_per_category,
    list: "similar",
    placement: "search",
  })
  const priceRange = scope.price_range && {
    min: scope.price_range.min ?? null,
    max: scope.price_range.max ?? null,
    currency_code: scope.price_range.pricing_context.currency_code,
  }
  res.json({
    ...(await serveRecommendations(req, { placement: "search", ranked: list.items })),
    query: text,
    price_range: priceRange ?? null,
  })
}
