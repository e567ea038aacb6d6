import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ClaimedEmbedding } from "../../modules/recommendation/service"
import type { ProductText } from "./build-product-texts"

export type EmbedProductTextsStepInput = {
  token: string
  claimed: ClaimedEmbedding[]
  texts: ProductText[]
  missing_product_ids: string[]
}

export type EmbedProductTextsStepOutput = {
  embedded: number
  unchanged: number
  failed: number
  removed: number
}

export const embedProductTextsStepId = "embed-product-texts"

/**
 * This step embeds the changed texts of a claim in provider-sized batches and stores the
 * vectors. A failing batch is recorded for a later retry instead of failing the workflow, so
 * one bad batch never holds back the others. Vectors stay inside this step: they are binary.
 */
export const embedProductTextsStep = createStep(
  embedProductTextsStepId,
  async (input: EmbedProductTextsStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const summary = await service.embedClaimedTexts(input.token, input.claimed, input.texts)
    if (input.missing_product_ids.length) {
      await service.removeEmbeddingsOfProducts(input.missing_product_ids)
    }
    return new StepResponse<EmbedProductTextsStepOutput>({
      ...summary,
      removed: input.missing_product_ids.length,
    })
  }
)
