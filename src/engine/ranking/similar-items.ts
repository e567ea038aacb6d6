import type { ItemId, ScoredItem, VectorHit } from "../types"

/**
 * Turns vector hits into ranked items: the score is the cosine similarity clamped to [0, 1],
 * and the reason names the source item and the similarity.
 */
export function rankSimilarItems(sourceId: ItemId, hits: readonly VectorHit[]): ScoredItem[] {
  return hits
    .filter((hit) => hit.id !== sourceId)
    .map((hit) => {
      const similarity = round(hit.similarity)
      return {
        id: hit.id,
        score: Math.max(0, Math.min(1, similarity)),
        reasons: [{ type: "similar_to", product_id: sourceId, similarity }],
      }
    })
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
