import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import {
  applySettingsOverrides,
  type RankingSettings,
} from "../../../../modules/recommendation/ranking-settings"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import type {
  AdminPreviewPlacements,
  AdminRecommendationsPreviewResponse,
} from "../../../../types/http"
import {
  assertCustomerExists,
  previewCustomerPlacements,
  previewProductPlacements,
} from "../../../utils/admin-preview"
import type { AdminPostRecommendationsPreviewType } from "./validators"

/**
 * POST /admin/recommendations/preview — a product's lists (similar, bought together) or a
 * customer's (personalized), ranked with the live settings and with draft ones side by side.
 * The draft is passed down the store's pipeline, never saved: live rankings stay as they are.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostRecommendationsPreviewType>,
  res: MedusaResponse<AdminRecommendationsPreviewResponse>
) => {
  const { product_id, customer_id, settings, limit } = req.validatedBody
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const live = await service.getSettings()
  const draft = applySettingsOverrides(live, settings ?? {})

  if (customer_id !== undefined) await assertCustomerExists(req.scope, customer_id)
  // The validator lets exactly one of product_id and customer_id through.
  const placements = async (rankedBy: RankingSettings): Promise<AdminPreviewPlacements> => {
    const shape = { limit, settings: rankedBy }
    if (product_id !== undefined) return previewProductPlacements(req.scope, product_id, shape)
    const { personalized } = await previewCustomerPlacements(
      req.scope,
      customer_id as string,
      shape
    )
    return { personalized }
  }
  const [liveLists, draftLists] = await Promise.all([placements(live), placements(draft)])
  res.json({ live: liveLists, draft: draftLists })
}
