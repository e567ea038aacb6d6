import { model } from "@medusajs/framework/utils"
import { RECOMMENDATION_PLACEMENTS } from "./placement"

/**
 * An ordered product credited to a recommendation: the same shopper clicked it in a
 * recommendation response within the attribution window before the order. One row per order
 * and product; the revenue is the line items' total in the order's currency.
 */
const RecommendationAttribution = model
  .define(
    { name: "RecommendationAttribution", tableName: "recommendation_attribution" },
    {
      id: model.id({ prefix: "ratt" }).primaryKey(),
      order_id: model.text(),
      product_id: model.text(),
      recommendation_id: model.text(),
      placement: model.enum([...RECOMMENDATION_PLACEMENTS]),
      quantity: model.number(),
      revenue: model.bigNumber(),
      currency_code: model.text(),
      customer_id: model.text().nullable(),
      session_id: model.text().nullable(),
      ordered_at: model.dateTime(),
    }
  )
  .indexes([
    { on: ["order_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["ordered_at", "placement"] },
  ])

export default RecommendationAttribution
