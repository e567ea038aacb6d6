import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachSessionToCustomerStep } from "./steps/attach-session-to-customer"
import { recordInteractionsStep } from "./steps/record-interactions"
import type { InteractionInput } from "../modules/recommendation/service"

export type RecordInteractionsWorkflowInput = {
  interactions: InteractionInput[]
  /** When both are given, the session's earlier anonymous events join the customer's. */
  customer_id?: string | null
  session_id?: string | null
}

export const recordInteractionsWorkflowId = "record-interactions"

/** This workflow stores shopper events (views, add-to-carts, clicks) sent by a storefront. */
export const recordInteractionsWorkflow = createWorkflow(
  recordInteractionsWorkflowId,
  (input: RecordInteractionsWorkflowInput) => {
    attachSessionToCustomerStep(input)
    return new WorkflowResponse(recordInteractionsStep(input))
  }
)
