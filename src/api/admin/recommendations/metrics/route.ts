import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import type { AdminRecommendationMetricsResponse } from "../../../../types/http"
import type { AdminGetRecommendationMetricsParamsType } from "./validators"

/**
 * GET /admin/recommendations/metrics?from&to&placement — impressions, clicks, click-through,
 * add-to-carts, attributed orders and revenue, and serving latency, per UTC day and placement,
 * with totals per placement.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRecommendationMetricsParamsType>,
  res: MedusaResponse<AdminRecommendationMetricsResponse>
) => {
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  res.json(await service.getRecommendationMetrics(req.validatedQuery))
}
