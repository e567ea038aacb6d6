import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRecommendationsStatusResponse } from "../../../../types/http"
import { getPipelineStatus } from "../../../utils/pipeline-status"

/** GET /admin/recommendations/status — provider, embedding coverage, backlog, failures, index. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecommendationsStatusResponse>
) => {
  res.json({ status: await getPipelineStatus(req.scope) })
}
