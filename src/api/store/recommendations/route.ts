import type { MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../modules/recommendation"
import type RecommendationModuleService from "../../../modules/recommendation/service"
import type { StoreRecommendationsResponse } from "../../../types/http"
import { hydrateRankedProducts, type StoreProductRequest } from "../../utils/hydrate-products"
import { listVisibleProductIds, visibilityScopeOf } from "../../utils/product-visibility"
import type { StoreGetRecommendationsParamsType } from "./validators"

// Hidden products are dropped after ranking: rank more than asked for.
const CANDIDATE_FACTOR = 3

/**
 * GET /store/recommendations — picks for this shopper (the logged-in customer, or the guest's
 * `session_id`) from their recent history; trending products, flagged with `fallback: true`,
 * when there is no history yet.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetRecommendationsParamsType>,
  res: MedusaResponse<StoreRecommendationsResponse>
) => {
  const { limit, session_id, diversity } = req.validatedQuery
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const result = await service.recommendForShopper(
    { customer_id: customerId, session_id },
    { limit: limit * CANDIDATE_FACTOR + 10 }
  )
  const visible = await listVisibleProductIds(
    req.scope,
    visibilityScopeOf(req),
    result.items.map((item) => item.id)
  )
  const ranked = await service.diversify(
    result.items.filter((item) => visible.has(item.id)),
    { limit, diversity, list: "personalized" }
  )
  res.json({ ...(await hydrateRankedProducts(req, ranked)), fallback: result.fallback })
}
