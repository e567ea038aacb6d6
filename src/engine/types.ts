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
  /** Often bought in the same order (or by the same shopper within days) as the source. */
  | { type: "bought_together"; product_id: ItemId; count: number }
  /** Shoppers who interacted with the source also interacted with this item. */
  | { type: "also_interacted"; product_id: ItemId; support: number }
  /** Related to an item in the shopper's recent history (by meaning or by behaviour). */
  | { type: "because_you_viewed"; product_id: ItemId }
  /** Close to the shopper's taste: the weighted profile of their history. */
  | { type: "matches_profile"; similarity: number }
  | { type: "matches_query"; similarity: number }
  | { type: "trending" }
  | { type: "popular" }
  /** Merchandising: a store owner's rule put the item at this 1-based position. */
  | { type: "pinned"; position: number }
  /** Merchandising: a store owner hand-picked the item for this list. */
  | { type: "curated" }
  /** Merchandising: a store owner's rule raised the item's score. */
  | { type: "boosted" }
  /** Merchandising: a store owner's rule lowered the item's score. */
  | { type: "buried" }

/**
 * Why an item came from the fallback ranking instead of semantic similarity:
 * the source has no embedding yet, or too few similar items passed the filters.
 */
export type FallbackCause =
  | "source_not_embedded"
  | "not_enough_similar_items"
  /** A store with no shopper events yet has nothing trending: the newest products stand in. */
  | "no_shopper_activity"
  /** The search words could not be embedded (provider down or slow): the shopper's picks stand in. */
  | "query_not_embedded"

/**
 * One ranked item: its id, a score in [0, 1] (higher is better) and its reasons. Blended rankings
 * add the weighted contribution of each source (`semantic`, `collaborative`, ...) in `components`.
 */
export type ScoredItem = {
  id: ItemId
  score: number
  reasons: Reason[]
  components?: Record<string, number>
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
  /** Length of the vectors; undefined until the first answer of a remote model of unknown size. */
  readonly dimensions: number | undefined
  embed(texts: readonly string[]): Promise<Float32Array[]>
  /** Ends what the provider runs in the background (worker threads); a later call restarts it. */
  close?(): Promise<void>
}

/** A provider whose vector length is known before it embeds anything (a local model). */
export type SizedEmbeddingProvider = EmbeddingProvider & { readonly dimensions: number }

export const INTERACTION_TYPES = [
  "view",
  "add_to_cart",
  "purchase",
  "recommendation_click",
] as const

export type InteractionType = (typeof INTERACTION_TYPES)[number]

/** One shopper event. `timestamp` is in milliseconds since the epoch. */
export type Interaction = {
  user_id: string
  item_id: ItemId
  type: InteractionType
  quantity: number
  timestamp: number
  order_id?: string
}

/**
 * The business filter every ranking function takes: items for which it returns false are never
 * ranked (unpublished, out of stock, other sales channel...). Callers build it; the engine only asks.
 */
export type ItemPredicate = (itemId: ItemId) => boolean
