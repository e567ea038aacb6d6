import { model } from "@medusajs/framework/utils"
import { MERCHANDISING_ACTIONS, MERCHANDISING_SCOPES } from "../../../engine/merchandising/rules"
import { RECOMMENDATION_PLACEMENTS } from "./placement"

export {
  MERCHANDISING_ACTIONS,
  MERCHANDISING_SCOPES,
  type MerchandisingAction,
  type MerchandisingScope,
} from "../../../engine/merchandising/rules"

/**
 * A store owner's rule on the lists: pin `product_id` at `position`, boost or bury it by
 * `strength`, exclude it, or curate it as related. A rule applies to every list (`scope` "all"),
 * or to the lists of one source product or of the products in one category (`scope_id`), in one
 * placement or in all of them (`placement` null).
 */
const MerchandisingRule = model
  .define(
    { name: "MerchandisingRule", tableName: "recommendation_merchandising_rule" },
    {
      id: model.id({ prefix: "rrule" }).primaryKey(),
      action: model.enum([...MERCHANDISING_ACTIONS]),
      scope: model.enum([...MERCHANDISING_SCOPES]).default("all"),
      scope_id: model.text().nullable(),
      placement: model.enum([...RECOMMENDATION_PLACEMENTS]).nullable(),
      product_id: model.text(),
      /** pin and curate: the 1-based position in the list. */
      position: model.number().nullable(),
      /** boost and bury: how far the score moves, 0..1. */
      strength: model.float().nullable(),
      active: model.boolean().default(true),
      note: model.text().nullable(),
    }
  )
  .indexes([{ on: ["scope", "scope_id"], where: "deleted_at IS NULL" }, { on: ["product_id"] }])

export default MerchandisingRule
