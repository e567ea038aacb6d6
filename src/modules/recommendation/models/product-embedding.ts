import { model } from "@medusajs/framework/utils"

export const EMBEDDING_STATUSES = ["pending", "ready", "failed"] as const
export type EmbeddingStatus = (typeof EMBEDDING_STATUSES)[number]

/**
 * The embedding of one product by one model: a row per (product, model), so a model switch
 * fills the new model's rows while the old model's keep serving. The vector itself is a `bytea` column (`vector`, raw
 * little-endian float32) added by a hand-written migration: the data model language has no
 * binary type, so the service reads and writes it with SQL.
 */
const ProductEmbedding = model
  .define("product_embedding", {
    id: model.id({ prefix: "pemb" }).primaryKey(),
    product_id: model.text(),
    status: model.enum([...EMBEDDING_STATUSES]).default("pending"),
    /** Provider and model that makes the vector, e.g. "universal-sentence-encoder-lite". */
    model_id: model.text(),
    dimensions: model.number().nullable(),
    /** sha256 of the embedded text: an unchanged text is not embedded again. */
    text_hash: model.text().nullable(),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    embedded_at: model.dateTime().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    /** A worker's claim on the row; it expires so a crashed worker loses nothing. */
    claim_token: model.text().nullable(),
    claimed_until: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id", "model_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["model_id", "status", "next_attempt_at"], where: "deleted_at IS NULL" },
    { on: ["updated_at"] },
  ])

export default ProductEmbedding
