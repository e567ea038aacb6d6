import type { MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../modules/recommendation"
import type RecommendationModuleService from "../../../modules/recommendation/service"
import type { ListShape } from "../../../modules/recommendation/service"
import type { StoreRecommendationsResponse } from "../../../types/http"
import type { StoreProductRequest } from "../../utils/hydrate-products"
import { listVisibleCatalogItems, visibilityScopeOf } from "../../utils/product-visibility"
import { serveRecommendations } from "../../utils/serve-recommendations"
import { candidateCount, shapeVisibleList, topUpList } from "../../utils/visible-ranking"
import type { StoreGetRecommendationsParamsType } from "./validators"

/**
 * GET /store/recommendations — picks for this shopper (the logged-in customer, or the guest's
 * `session_id`) from their recent history; trending products, flagged with `fallback: true`,
 * when there is no history yet.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetRecommendationsParamsType>,
  res: MedusaResponse<StoreRecommendationsResponse>
) => {
  const { limit, session_id, diversity, max_per_category } = req.validatedQuery
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const scope = visibilityScopeOf(req)
  const shape: ListShape = {
    limit,
    diversity,
    maxPerCategory: max_per_category,
    list: "personalized",
    placement: "personalized",
  }
  const result = await service.recommendForShopper(
    { customer_id: customerId, session_id },
    { limit: candidateCount(limit) }
  )
  const list = await shapeVisibleList(req.scope, scope, result.items, shape)
  // A store without any shopper activity yet has nothing trending: show its newest products.
  const newest =
    list.items.length < limit ? await listVisibleCatalogItems(req.scope, scope, {}, limit * 2) : []
  const ranked = topUpList(
    req.scope,
    list,
    {
      items: newest.map((item) => ({
        id: item.id,
        score: 0,
        reasons: [{ type: "fallback", cause: "no_shopper_activity" }, { type: "newest" }],
      })),
      catalog: newest,
    },
    shape
  )
  res.json({
    ...(await serveRecommendations(req, { placement: "personalized", ranked })),
    fallback: result.fallback,
  })
}
