import { model } from "@medusajs/framework/utils"
import { INTERACTION_TYPES } from "../../../engine/types"

/**
 * One shopper event on a product. A shopper is a customer (authenticated) or an anonymous
 * storefront session; a guest's session rows get the customer id when they log in.
 */
const Interaction = model
  .define(
    { name: "Interaction", tableName: "recommendation_interaction" },
    {
      id: model.id({ prefix: "rint" }).primaryKey(),
      type: model.enum([...INTERACTION_TYPES]),
      product_id: model.text(),
      quantity: model.number().default(1),
      customer_id: model.text().nullable(),
      session_id: model.text().nullable(),
      /** Purchases: the order, so a re-delivered order.placed event is not counted twice. */
      order_id: model.text().nullable(),
      /** Clicks: the recommendation response the click came from. */
      recommendation_id: model.text().nullable(),
      occurred_at: model.dateTime(),
    }
  )
  .indexes([
    { on: ["customer_id", "occurred_at"], where: "customer_id IS NOT NULL" },
    { on: ["session_id", "occurred_at"], where: "session_id IS NOT NULL" },
    { on: ["product_id"] },
    { on: ["occurred_at"] },
    {
      on: ["order_id", "product_id", "type"],
      unique: true,
      where: "order_id IS NOT NULL AND deleted_at IS NULL",
    },
  ])

export default Interaction
