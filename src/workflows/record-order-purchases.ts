import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildOrderPurchasesStep } from "./steps/build-order-purchases"
import { recordInteractionsStep } from "./steps/record-interactions"

export type RecordOrderPurchasesWorkflowInput = { order_id: string }

export const recordOrderPurchasesWorkflowId = "record-order-purchases"

/** This workflow records every product of a placed order as a purchase by its customer. */
export const recordOrderPurchasesWorkflow = createWorkflow(
  recordOrderPurchasesWorkflowId,
  (input: RecordOrderPurchasesWorkflowInput) => {
    const purchases = buildOrderPurchasesStep(input)
    const recorded = recordInteractionsStep(
      transform({ purchases }, ({ purchases }) => ({
        interactions: purchases,
      }))
    )
    return new WorkflowResponse(recorded)
  }
)
