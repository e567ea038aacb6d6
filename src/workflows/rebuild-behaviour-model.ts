import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildBehaviourModelStep } from "./steps/rebuild-behaviour-model"

export const rebuildBehaviourModelWorkflowId = "rebuild-behaviour-model"

/**
 * This workflow rebuilds what the recommender learns from shoppers (co-occurrence, sequences,
 * bought together, popularity). Requests keep using the previous model until it is stored.
 */
export const rebuildBehaviourModelWorkflow = createWorkflow(rebuildBehaviourModelWorkflowId, () => {
  return new WorkflowResponse(rebuildBehaviourModelStep())
})
