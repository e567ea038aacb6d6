import type { ItemSimilarity } from "../metrics/beyond-accuracy"
import type { ItemId, ScoredItem } from "../types"

export type MmrOptions = {
  /** How many items to return. */
  limit: number
  /** Relevance against novelty in [0, 1]: 1 keeps the input order, 0 only avoids repeats. */
  lambda: number
  /** How many of the best items keep their places before MMR fills the rest (default 0). */
  keepTop?: number
  /** Embedding cosine of two items (e.g. ItemVectors.cosineById). */
  similarity: ItemSimilarity
  /** With `maxPerCategory`: at most that many items of one category in the result. */
  categoryOf?: (id: ItemId) => string | undefined
  maxPerCategory?: number
}

/** The trade-off measured on amazon-beauty (see bench/RESULTS.md). */
export const DEFAULT_MMR_LAMBDA = 0.6
export const DEFAULT_MMR_KEEP_TOP = 4

/**
 * Maximal marginal relevance (Carbonell & Goldstein, SIGIR 1998): picks items one at a time,
 * each maximizing
 *
 *   λ · score(j) / max score  −  (1 − λ) · max_{s already picked} similarity(j, s)
 *
 * so near-duplicates of what is already shown drop down. The first `keepTop` picks use λ = 1,
 * i.e. the best items keep their places: shoppers read the head of a list first and ranking
 * metrics weigh it most, so diversifying the tail buys nearly the same intra-list diversity for
 * much less relevance (measured on amazon-beauty). The category cap is strict: the list
 * may come back shorter than `limit` when the candidates run out, so pass more candidates than
 * `limit` (three times is a good start). Items keep their scores and reasons; the order is the
 * ranking.
 */
export function rerankMmr(candidates: readonly ScoredItem[], options: MmrOptions): ScoredItem[] {
  if (options.lambda < 0 || options.lambda > 1) {
    throw new RangeError(`lambda must be in [0, 1], got ${options.lambda}`)
  }
  const count = candidates.length
  const maxScore = candidates.reduce((max, item) => Math.max(max, item.score), 0)
  const relevance = candidates.map((item) => (maxScore > 0 ? item.score / maxScore : 0))
  const redundancy = new Float64Array(count)
  const picked = new Uint8Array(count)
  const perCategory = new Map<string, number>()
  const cap = options.maxPerCategory ?? Infinity
  const result: ScoredItem[] = []
  while (result.length < options.limit) {
    let best = -1
    let bestValue = -Infinity
    const lambda = result.length < (options.keepTop ?? 0) ? 1 : options.lambda
    for (let i = 0; i < count; i++) {
      if (picked[i]) continue
      const category = options.categoryOf?.(candidates[i].id)
      if (category !== undefined && (perCategory.get(category) ?? 0) >= cap) continue
      const value = lambda * relevance[i] - (1 - lambda) * redundancy[i]
      if (value > bestValue) {
        bestValue = value
        best = i
      }
    }
    if (best < 0) break
    picked[best] = 1
    const chosen = candidates[best]
    result.push(chosen)
    const category = options.categoryOf?.(chosen.id)
    if (category !== undefined) perCategory.set(category, (perCategory.get(category) ?? 0) + 1)
    for (let i = 0; i < count; i++) {
      if (!picked[i]) {
        redundancy[i] = Math.max(redundancy[i], options.similarity(candidates[i].id, chosen.id))
      }
    }
  }
  return result
}

/**
 * The first `limit` items, in order, skipping those whose category already has `maxPerCategory`
 * items ahead of them (e.g. when fallback items top up a list MMR already capped).
 */
export function capPerCategory(
  items: readonly ScoredItem[],
  options: { limit: number; categoryOf: (id: ItemId) => string | undefined; maxPerCategory: number }
): ScoredItem[] {
  const perCategory = new Map<string, number>()
  const result: ScoredItem[] = []
  for (const item of items) {
    if (result.length >= options.limit) break
    const category = options.categoryOf(item.id)
    if (category !== undefined) {
      const count = perCategory.get(category) ?? 0
      if (count >= options.maxPerCategory) continue
      perCategory.set(category, count + 1)
    }
    result.push(item)
  }
  return result
}
