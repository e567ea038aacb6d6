import { model } from "@medusajs/framework/utils"

/**
 * The ranking settings a store owner changed in the admin: a partial override of the plugin
 * options' defaults (fusion weights, diversity, category cap, fallbacks, event weights). One row
 * per store; every instance re-reads it, so a change applies without a restart.
 */
const RecommendationSettings = model.define(
  { name: "RecommendationSettings", tableName: "recommendation_settings" },
  {
    id: model.id({ prefix: "rset" }).primaryKey(),
    values: model.json(),
    /** The admin user who saved them. */
    updated_by: model.text().nullable(),
  }
)

export default RecommendationSettings
