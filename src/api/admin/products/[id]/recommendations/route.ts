import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../../modules/recommendation/service"
import type {
  AdminProductEmbedding,
  AdminProductRecommendationsResponse,
} from "../../../../../types/http"
import { previewProductPlacements } from "../../../../utils/admin-preview"
import type { AdminGetProductRecommendationsParamsType } from "./validators"

type EmbeddingRecord = Omit<AdminProductEmbedding, "embedded_at" | "updated_at"> & {
  embedded_at: Date | string | null
  updated_at: Date | string
}

function toAdminEmbedding(record: EmbeddingRecord): AdminProductEmbedding {
  return {
    status: record.status,
    model_id: record.model_id,
    dimensions: record.dimensions,
    attempts: record.attempts,
    last_error: record.last_error,
    embedded_at: record.embedded_at ? new Date(record.embedded_at).toISOString() : null,
    updated_at: new Date(record.updated_at).toISOString(),
  }
}

/**
 * GET /admin/products/:id/recommendations — the product's embedding state and the lists the
 * store shows for it ("similar", "frequently bought together"), ranked by the store's own
 * pipeline over every product whatever its status or sales channel (a preview for the owner).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductRecommendationsParamsType>,
  res: MedusaResponse<AdminProductRecommendationsResponse>
) => {
  const { id } = req.params
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  // Answers 404 for an unknown product.
  const placements = await previewProductPlacements(req.scope, id, {
    limit: req.validatedQuery.limit,
  })
  const [embedding] = await service.listProductEmbeddings(
    // The configured model's row: during a model switch the previous model's is there too.
    { product_id: id, model_id: service.getEmbeddingProvider().id },
    {
      select: [
        "status",
        "model_id",
        "dimensions",
        "attempts",
        "last_error",
        "embedded_at",
        "updated_at",
      ],
    }
  )
  res.json({ embedding: embedding ? toAdminEmbedding(embedding) : null, ...placements })
}
