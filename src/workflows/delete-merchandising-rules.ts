import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteMerchandisingRulesStep } from "./steps/delete-merchandising-rules"

export type DeleteMerchandisingRulesWorkflowInput = { ids: string[] }

export const deleteMerchandisingRulesWorkflowId = "delete-merchandising-rules"

/** This workflow deletes merchandising rules: the lists they changed go back to the ranking. */
export const deleteMerchandisingRulesWorkflow = createWorkflow(
  deleteMerchandisingRulesWorkflowId,
  (input: DeleteMerchandisingRulesWorkflowInput) => {
    return new WorkflowResponse(deleteMerchandisingRulesStep(input))
  }
)
