import type { ItemId } from "../types"

/**
 * Catalog coverage at K: the share of the catalog that appears in at least one top-K list.
 *   coverage@K = |∪_u top-K(u)| / |catalog|. Range [0, 1]; higher means less concentration.
 * Citation: Ge, Delgado-Battenfeld & Jannach, "Beyond accuracy: evaluating recommender systems by
 * coverage and serendipity", RecSys 2010.
 */
export function catalogCoverage(
  lists: Iterable<readonly ItemId[]>,
  catalogSize: number,
  k: number
): number {
  if (catalogSize <= 0) return 0
  const seen = new Set<ItemId>()
  for (const list of lists) for (const id of list.slice(0, k)) seen.add(id)
  return seen.size / catalogSize
}

/** Cosine similarity of two items; implementations return 0 for unknown items. */
export type ItemSimilarity = (a: ItemId, b: ItemId) => number

/**
 * Intra-list diversity at K: 1 − the mean pairwise cosine similarity of the top-K items'
 * embeddings. Range [0, 2] in general, [0, 1] for non-negative similarities; 0 for lists of fewer
 * than two items (nothing to be diverse about).
 * Citation: Ziegler et al., "Improving recommendation lists through topic diversification", WWW 2005.
 */
export function intraListDiversity(
  ranked: readonly ItemId[],
  similarity: ItemSimilarity,
  k: number
): number {
  const top = ranked.slice(0, k)
  if (top.length < 2) return 0
  let sum = 0
  let pairs = 0
  for (let a = 0; a < top.length; a++) {
    for (let b = a + 1; b < top.length; b++) {
      sum += similarity(top[a], top[b])
      pairs++
    }
  }
  return 1 - sum / pairs
}
