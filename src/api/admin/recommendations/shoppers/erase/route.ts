import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../../modules/recommendation/service"
import type { AdminPostEraseShopperType } from "./validators"

/**
 * POST /admin/recommendations/shoppers/erase — deletes every event stored about a customer or
 * an anonymous session (views, add-to-carts, clicks, purchases), for erasure requests.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostEraseShopperType>,
  res: MedusaResponse<{ deleted: number }>
) => {
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  res.json({ deleted: await service.eraseShopperInteractions(req.validatedBody) })
}
