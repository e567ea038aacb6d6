import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ClaimedEmbedding, EmbeddingResult } from "../../modules/recommendation/service"
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
    const provider = service.getEmbeddingProvider()
    const claimedById = new Map(input.claimed.map((row) => [row.product_id, row]))
    const output: EmbedProductTextsStepOutput = { embedded: 0, unchanged: 0, failed: 0, removed: 0 }

    const unchanged: EmbeddingResult[] = []
    const changed: typeof input.texts = []
    for (const text of input.texts) {
      const row = claimedById.get(text.product_id)
      const isCurrent =
        row?.has_vector && row.text_hash === text.text_hash && row.model_id === provider.id
      if (isCurrent) unchanged.push({ product_id: text.product_id, text_hash: text.text_hash })
      else changed.push(text)
    }
    await service.saveEmbeddings(input.token, unchanged)
    output.unchanged = unchanged.length

    const { batchSize } = service.getOptions().embedding
    for (let start = 0; start < changed.length; start += batchSize) {
      const batch = changed.slice(start, start + batchSize)
      try {
        const vectors = await provider.embed(batch.map((item) => item.text))
        await service.saveEmbeddings(
          input.token,
          batch.map((item, i) => ({ ...item, vector: vectors[i] }))
        )
        output.embedded += batch.length
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        await service.recordEmbeddingFailure(
          input.token,
          batch.map((item) => item.product_id),
          message
        )
        output.failed += batch.length
      }
    }

    if (input.missing_product_ids.length) {
      await service.removeEmbeddingsOfProducts(input.missing_product_ids)
      output.removed = input.missing_product_ids.length
    }
    return new StepResponse(output)
  }
)
