import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebuildBehaviourModelWorkflow } from "../../../../workflows/rebuild-behaviour-model"

export type AdminRecommendationsRebuildResponse = {
  interactions: number
  items: number
  build_ms: number
  snapshot_id: string
}

/**
 * POST /admin/recommendations/rebuild — relearns from shopper behaviour now instead of waiting
 * for the scheduled rebuild; storefront requests keep being served from the previous model.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecommendationsRebuildResponse>
) => {
  const { result } = await rebuildBehaviourModelWorkflow(req.scope).run()
  res.json(result)
}
