import type { MedusaResponse } from "@medusajs/framework/http"
import { appendFallback } from "../../../engine"
import { RECOMMENDATION_MODULE } from "../../../modules/recommendation"
import type RecommendationModuleService from "../../../modules/recommendation/service"
import type { StoreRecommendationsResponse } from "../../../types/http"
import { hydrateRankedProducts, type StoreProductRequest } from "../../utils/hydrate-products"
import {
  listVisibleCatalogItems,
  listVisibleProductIds,
  visibilityScopeOf,
} from "../../utils/product-visibility"
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
  let ranked = await service.diversify(
    result.items.filter((item) => visible.has(item.id)),
    { limit, diversity, list: "personalized" }
  )
  if (ranked.length < limit) {
    const newest = await listVisibleCatalogItems(req.scope, visibilityScopeOf(req), {}, limit * 2)
    ranked = appendFallback(
      ranked,
      newest.map((item) => ({
        id: item.id,
        score: 0,
        reasons: [{ type: "fallback", cause: "no_shopper_activity" }, { type: "newest" }],
      })),
      limit
    )
  }
  res.json({ ...(await hydrateRankedProducts(req, ranked)), fallback: result.fallback })
}
