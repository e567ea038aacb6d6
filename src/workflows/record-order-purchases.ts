import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attributeOrderStep } from "./steps/attribute-order"
import { purchasesOf, readOrderProductsStep } from "./steps/read-order-products"
import { recordInteractionsStep } from "./steps/record-interactions"

export type RecordOrderPurchasesWorkflowInput = { order_id: string }

export const recordOrderPurchasesWorkflowId = "record-order-purchases"

/**
 * This workflow records every product of a placed order as a purchase by its customer, and
 * credits the products the customer clicked in a recommendation to it (revenue in the order's
 * currency). Both are keyed by order and product: running it again for an order adds nothing.
 */
export const recordOrderPurchasesWorkflow = createWorkflow(
  recordOrderPurchasesWorkflowId,
  (input: RecordOrderPurchasesWorkflowInput) => {
    const order = readOrderProductsStep(input)
    const purchases = recordInteractionsStep(
      transform({ order }, ({ order }) => ({ interactions: order ? purchasesOf(order) : [] }))
    )
    const attributions = attributeOrderStep(order)
    return new WorkflowResponse({ purchases, attributions })
  }
)
