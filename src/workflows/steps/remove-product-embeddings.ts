import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type RemoveProductEmbeddingsStepInput = { product_ids: string[] }

export const removeProductEmbeddingsStepId = "remove-product-embeddings"

/** This step soft-deletes the embeddings of products. */
export const removeProductEmbeddingsStep = createStep(
  removeProductEmbeddingsStepId,
  async (input: RemoveProductEmbeddingsStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const rowIds = await service.removeEmbeddingsOfProducts(input.product_ids)
    return new StepResponse(rowIds.length, rowIds)
  },
  async (rowIds, { container }) => {
    if (!rowIds?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.restoreEmbeddingsOfProducts(rowIds)
  }
)
