import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueModelSwitchStep } from "./steps/queue-model-switch"
import { retireReplacedEmbeddingsStep } from "./steps/retire-replaced-embeddings"

export const syncEmbeddingModelWorkflowId = "sync-embedding-model"

/**
 * This workflow moves the stored embeddings towards the configured model: it queues every
 * product the configured model has not embedded yet, and retires the previous model's vectors
 * once the configured one covers `embedding.switchCoverage` of the catalog.
 */
export const syncEmbeddingModelWorkflow = createWorkflow(syncEmbeddingModelWorkflowId, () => {
  const queued = queueModelSwitchStep()
  const retired = retireReplacedEmbeddingsStep()
  return new WorkflowResponse({ queued, retired })
})
