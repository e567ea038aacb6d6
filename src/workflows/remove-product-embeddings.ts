import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeProductEmbeddingsStep } from "./steps/remove-product-embeddings"

export type RemoveProductEmbeddingsWorkflowInput = { product_ids: string[] }

export const removeProductEmbeddingsWorkflowId = "remove-product-embeddings"

/** This workflow removes the embeddings of deleted products. */
export const removeProductEmbeddingsWorkflow = createWorkflow(
  removeProductEmbeddingsWorkflowId,
  (input: RemoveProductEmbeddingsWorkflowInput) => {
    return new WorkflowResponse(removeProductEmbeddingsStep(input))
  }
)
