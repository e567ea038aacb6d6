import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachSessionsToCustomersStep } from "./steps/attach-sessions-to-customers"
import { recordInteractionsStep } from "./steps/record-interactions"
import type { InteractionInput } from "../modules/recommendation/service"

export type RecordInteractionsWorkflowInput = {
  interactions: InteractionInput[]
  /** Browser sessions of logged-in customers: their earlier anonymous events join the customer's. */
  attach_sessions?: { customer_id: string; session_id: string }[]
}

export const recordInteractionsWorkflowId = "record-interactions"

/**
 * This workflow stores shopper events (views, add-to-carts, clicks) sent by storefronts, one
 * request's or several at once. Sessions are attached after the events are stored, so a guest
 * event written together with the same session's login is the customer's too.
 */
export const recordInteractionsWorkflow = createWorkflow(
  recordInteractionsWorkflowId,
  (input: RecordInteractionsWorkflowInput) => {
    const recorded = recordInteractionsStep(input)
    attachSessionsToCustomersStep(input)
    return new WorkflowResponse(recorded)
  }
)
