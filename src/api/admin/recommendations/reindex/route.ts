import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { EmbeddingPipelineStatus } from "../../../../modules/recommendation/service"
import { queueProductsForEmbedding, requestEmbeddingDrain } from "../../../../utils/embedding-queue"
import { getPipelineStatus } from "../../../utils/pipeline-status"
import type { AdminPostRecommendationsReindexType } from "./validators"

export type AdminRecommendationsReindexResponse = {
  queued: number
  status: EmbeddingPipelineStatus
}

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
