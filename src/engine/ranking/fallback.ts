import type { FallbackCause, ItemId, Reason, ScoredItem } from "../types"
import { round } from "./similar-items"

/** What the fallback ranking knows about a product: its place in the catalog and its age. */
export type CatalogItem = {
  id: ItemId
  category_ids: readonly string[]
  collection_id: string | null
  type_id: string | null
  created_at: Date
}

/** Weight of each catalog signal in the fallback affinity (non-negative). */
export type FallbackWeights = { category: number; collection: number; type: number }

export const FALLBACK_WEIGHTS: FallbackWeights = { category: 0.6, collection: 0.25, type: 0.15 }

/**
 * Ranks candidates for a source that has no usable semantic neighbours: by the share of the
 * source's categories they have, the same collection and the same type, weighted by `weights`
 * (divided by their sum, so the affinity stays in [0, 1]), newest first on ties.
 */
export function rankFallbackItems(
  source: CatalogItem,
  candidates: readonly CatalogItem[],
  cause: FallbackCause,
  weights: FallbackWeights = FALLBACK_WEIGHTS
): ScoredItem[] {
  const totalWeight = weights.category + weights.collection + weights.type
  const sourceCategories = new Set(source.category_ids)
  return candidates
    .filter((candidate) => candidate.id !== source.id)
    .map((candidate) => {
      const reasons: Reason[] = [{ type: "fallback", cause }]
      const sharedCategories = candidate.category_ids.filter((id) => sourceCategories.has(id))
      const categoryShare = sourceCategories.size
        ? sharedCategories.length / sourceCategories.size
        : 0
      const sameCollection =
        !!source.collection_id && candidate.collection_id === source.collection_id
      const sameType = !!source.type_id && candidate.type_id === source.type_id
      if (sharedCategories.length) {
        reasons.push({ type: "same_category", category_ids: sharedCategories })
      }
      if (sameCollection) {
        reasons.push({ type: "same_collection", collection_id: source.collection_id as string })
      }
      if (sameType) reasons.push({ type: "same_type", type_id: source.type_id as string })
      if (reasons.length === 1) reasons.push({ type: "newest" })
      const affinity =
        totalWeight > 0
          ? (weights.category * categoryShare +
              weights.collection * Number(sameCollection) +
              weights.type * Number(sameType)) /
            totalWeight
          : 0
      return { item: { id: candidate.id, score: round(affinity), reasons }, candidate }
    })
    .sort(
      (a, b) =>
        b.item.score - a.item.score ||
        b.candidate.created_at.getTime() - a.candidate.created_at.getTime() ||
        a.candidate.id.localeCompare(b.candidate.id)
    )
    .map(({ item }) => item)
}

/**
 * Appends fallback items after the primary ranking, up to `limit`, skipping ids already present.
 * Fallback scores are scaled under the lowest primary score, so the list stays sorted by score.
 */
export function appendFallback(
  primary: readonly ScoredItem[],
  fallback: readonly ScoredItem[],
  limit: number
): ScoredItem[] {
  const result = primary.slice(0, limit)
  const seen = new Set(result.map((item) => item.id))
  const ceiling = result.length ? Math.min(...result.map((item) => item.score)) : 1
  for (const item of fallback) {
    if (result.length >= limit) break
    if (seen.has(item.id)) continue
    seen.add(item.id)
    result.push({ ...item, score: round(item.score * ceiling) })
  }
  return result
}
