import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export const retireReplacedEmbeddingsStepId = "retire-replaced-embeddings"

/**
 * This step ends a model switch once the configured model covers enough of the catalog: the
 * previous model's embeddings are soft-deleted.
 */
export const retireReplacedEmbeddingsStep = createStep(
  retireReplacedEmbeddingsStepId,
  async (_input: undefined, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const rowIds = await service.retireReplacedEmbeddings()
    return new StepResponse(rowIds.length, rowIds)
  },
  async (rowIds, { container }) => {
    if (!rowIds?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.restoreEmbeddingsOfProducts(rowIds)
  }
)
