import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { rankSimilarItems } from "../../../../../engine"
import { RECOMMENDATION_MODULE } from "../../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../../modules/recommendation/service"
import type {
  AdminProductEmbedding,
  AdminProductRecommendationsResponse,
} from "../../../../../types/http"
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

type ProductSummary = { id: string; title: string; thumbnail: string | null; status: string }

/**
 * GET /admin/products/:id/recommendations — the product's embedding state and its nearest
 * products by meaning, whatever their status or sales channel (a preview for the store owner).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductRecommendationsParamsType>,
  res: MedusaResponse<AdminProductRecommendationsResponse>
) => {
  const { id } = req.params
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id },
  })
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  }

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
  const { hits } = await service.searchSimilarProducts(id, { limit: req.validatedQuery.limit })
  const ranked = rankSimilarItems(id, hits)
  const { data: neighbours } = await query.graph({
    entity: "product",
    fields: ["id", "title", "thumbnail", "status"],
    filters: { id: ranked.map((item) => item.id) },
  })
  const byId = new Map((neighbours as ProductSummary[]).map((product) => [product.id, product]))

  res.json({
    embedding: embedding ? toAdminEmbedding(embedding) : null,
    similar: ranked.flatMap((item) => {
      const product = byId.get(item.id)
      return product
        ? [
            {
              product_id: item.id,
              title: product.title,
              thumbnail: product.thumbnail,
              status: product.status,
              score: item.score,
              reasons: item.reasons,
            },
          ]
        : []
    }),
  })
}
