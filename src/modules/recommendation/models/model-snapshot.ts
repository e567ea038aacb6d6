import { model } from "@medusajs/framework/utils"

/**
 * A built recommendation model (collaborative-filtering neighbours, bought-together lists,
 * popularity) serialized by the engine. The worker's rebuild job writes a new snapshot; every
 * instance loads the newest one of each kind, so requests never wait for a rebuild. The payload
 * is a `bytea` column (`payload`) added by a hand-written migration, read and written with SQL.
 */
const ModelSnapshot = model
  .define(
    { name: "ModelSnapshot", tableName: "recommendation_model_snapshot" },
    {
      id: model.id({ prefix: "rsnap" }).primaryKey(),
      kind: model.text(),
      /** Digest of the settings the model was built with: a settings change forces a rebuild. */
      settings_hash: model.text(),
      interactions: model.number().default(0),
      items: model.number().default(0),
      build_ms: model.number().default(0),
      built_at: model.dateTime(),
    }
  )
  .indexes([{ on: ["kind", "built_at"] }])

export default ModelSnapshot
