import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderPurchasesWorkflow } from "../workflows/record-order-purchases"

/** Every line item of a placed order becomes a purchase event, credited to a clicked recommendation. */
export default async function orderPlacedPurchasesHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordOrderPurchasesWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "recommendations-order-placed-purchases" },
}
