import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type {
  EmbeddingPipelineStatus,
  default as RecommendationModuleService,
} from "../../modules/recommendation/service"

/** The embedding pipeline's status, with coverage measured against the whole catalog. */
export async function getPipelineStatus(
  container: MedusaContainer
): Promise<EmbeddingPipelineStatus> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })
  return service.getEmbeddingPipelineStatus(metadata?.count ?? 0)
}
