/** A product (or any item) id as the store knows it. */
export type ItemId = string

/** Why an item was recommended. Storefronts show these; admins debug with them. */
export type Reason =
  | { type: "similar_to"; product_id: ItemId; similarity: number }
  | { type: "same_category"; category_ids: string[] }
  | { type: "same_collection"; collection_id: string }
  | { type: "same_type"; type_id: string }
  | { type: "newest" }
  | { type: "fallback"; cause: FallbackCause }

/**
 * Why an item came from the fallback ranking instead of semantic similarity:
 * the source has no embedding yet, or too few similar items passed the filters.
 */
export type FallbackCause = "source_not_embedded" | "not_enough_similar_items"

/** One ranked item: its id, a score in [0, 1] (higher is better) and its reasons. */
export type ScoredItem = {
  id: ItemId
  score: number
  reasons: Reason[]
}

/** A hit from a vector search: cosine similarity in [-1, 1]. */
export type VectorHit = {
  id: ItemId
  similarity: number
}

/**
 * Where vectors come from. `id` names the provider and model (e.g. "use-lite"): vectors of
 * different ids are never mixed.
 */
export interface EmbeddingProvider {
  readonly id: string
  readonly dimensions: number
  embed(texts: readonly string[]): Promise<Float32Array[]>
}
