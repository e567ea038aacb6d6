import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildProductTextsStep } from "./steps/build-product-texts"
import { claimPendingEmbeddingsStep } from "./steps/claim-pending-embeddings"
import { embedProductTextsStep } from "./steps/embed-product-texts"

export type EmbedPendingProductsWorkflowInput = {
  /** Most products handled by one run. */
  limit: number
}

export const embedPendingProductsWorkflowId = "embed-pending-products"

/**
 * This workflow embeds one batch of pending products: it claims them, builds their texts,
 * embeds what changed and stores the vectors.
 */
export const embedPendingProductsWorkflow = createWorkflow(
  embedPendingProductsWorkflowId,
  (input: EmbedPendingProductsWorkflowInput) => {
    const claim = claimPendingEmbeddingsStep({ limit: input.limit })
    const productIds = transform({ claim }, ({ claim }) => ({
      product_ids: claim.rows.map((row) => row.product_id),
    }))
    const built = buildProductTextsStep(productIds)
    const embedInput = transform({ claim, built }, ({ claim, built }) => ({
      token: claim.token,
      claimed: claim.rows,
      texts: built.texts,
      missing_product_ids: built.missing_product_ids,
    }))
    const result = embedProductTextsStep(embedInput)
    const summary = transform({ claim, result }, ({ claim, result }) => ({
      claimed: claim.rows.length,
      ...result,
    }))
    return new WorkflowResponse(summary)
  }
)
