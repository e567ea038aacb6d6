import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markProductsPendingStep } from "./steps/mark-products-pending"

export type MarkProductsForEmbeddingWorkflowInput = { product_ids: string[] }

export const markProductsForEmbeddingWorkflowId = "mark-products-for-embedding"

/** This workflow queues products for (re-)embedding; the embedding runs later, in batches. */
export const markProductsForEmbeddingWorkflow = createWorkflow(
  markProductsForEmbeddingWorkflowId,
  (input: MarkProductsForEmbeddingWorkflowInput) => {
    return new WorkflowResponse(markProductsPendingStep(input))
  }
)
