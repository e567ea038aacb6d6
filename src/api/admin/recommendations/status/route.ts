import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { EmbeddingPipelineStatus } from "../../../../modules/recommendation/service"
import { getPipelineStatus } from "../../../utils/pipeline-status"

export type AdminRecommendationsStatusResponse = { status: EmbeddingPipelineStatus }

/** GET /admin/recommendations/status — provider, embedding coverage, backlog, failures, index. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecommendationsStatusResponse>
) => {
  res.json({ status: await getPipelineStatus(req.scope) })
}
