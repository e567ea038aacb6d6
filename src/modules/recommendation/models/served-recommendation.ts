import { model } from "@medusajs/framework/utils"
import { RECOMMENDATION_PLACEMENTS } from "./placement"

/**
 * One store recommendation response (its id is the response's `recommendation_id`): where it was
 * shown, what it showed, to whom and how long it took. Written in batches off the request path;
 * impressions, click-through and latency metrics are read from it.
 */
const ServedRecommendation = model
  .define(
    { name: "ServedRecommendation", tableName: "recommendation_served" },
    {
      id: model.id({ prefix: "rrec" }).primaryKey(),
      placement: model.enum([...RECOMMENDATION_PLACEMENTS]),
      /** The products shown, in order. */
      product_ids: model.json(),
      /** The product the list was for (similar, bought together). */
      source_product_id: model.text().nullable(),
      customer_id: model.text().nullable(),
      session_id: model.text().nullable(),
      latency_ms: model.float(),
      served_at: model.dateTime(),
    }
  )
  .indexes([{ on: ["served_at", "placement"] }])

export default ServedRecommendation
