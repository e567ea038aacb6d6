import type { MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import type { StoreProductRecommendationsResponse } from "../../../../types/http"
import { hydrateRankedProducts, type StoreProductRequest } from "../../../utils/hydrate-products"
import { listVisibleProductIds, visibilityScopeOf } from "../../../utils/product-visibility"
import type { StoreGetRecommendationsSearchParamsType } from "./validators"

// Hidden products are dropped after ranking: rank more than asked for.
const CANDIDATE_FACTOR = 3

/**
 * GET /store/recommendations/search?q=a gift for a coffee lover — products matching what the
 * shopper describes, by meaning, lifted a little by popularity.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetRecommendationsSearchParamsType>,
  res: MedusaResponse<StoreProductRecommendationsResponse>
) => {
  const { q, limit, diversity } = req.validatedQuery
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const ranked = await service.searchProducts(q, { limit: limit * CANDIDATE_FACTOR + 10 })
  const visible = await listVisibleProductIds(
    req.scope,
    visibilityScopeOf(req),
    ranked.map((item) => item.id)
  )
  const diverse = await service.diversify(
    ranked.filter((item) => visible.has(item.id)),
    { limit, diversity, list: "similar" }
  )
  res.json(await hydrateRankedProducts(req, diverse))
}
