import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRecommendationsReindexResponse } from "../../../../types/http"
import { queueProductsForEmbedding, requestEmbeddingDrain } from "../../../../utils/embedding-queue"
import { getPipelineStatus } from "../../../utils/pipeline-status"
import type { AdminPostRecommendationsReindexType } from "./validators"

/**
 * POST /admin/recommendations/reindex — queues the given products (or all) for embedding and
 * starts the pipeline; the answer carries the progress so far, `status` polls the rest.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostRecommendationsReindexType>,
  res: MedusaResponse<AdminRecommendationsReindexResponse>
) => {
  const queued = await queueProductsForEmbedding(req.scope, req.validatedBody.product_ids)
  requestEmbeddingDrain(req.scope)
  res.status(202).json({ queued, status: await getPipelineStatus(req.scope) })
}
