import {
  DEFAULT_EVENT_WEIGHTS,
  type EventWeights,
  type InteractionLog,
} from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { buildUserBaskets } from "../interactions/user-baskets"
import { round } from "../ranking/similar-items"
import type { ItemPredicate, ScoredItem } from "../types"

export type PopularityOptions = {
  eventWeights: EventWeights
  /** With a half-life the popularity is "trending": recent interest outweighs old. */
  halfLifeMs?: number
}

export const DEFAULT_POPULARITY_OPTIONS: PopularityOptions = { eventWeights: DEFAULT_EVENT_WEIGHTS }

/** A week: trending reacts within days, yet is not swayed by a single busy hour. */
export const DEFAULT_TRENDING_HALF_LIFE_MS = 7 * 24 * 3600 * 1000

/**
 * Popularity of every item (indexed like the log's vocabulary): Σ over shoppers of their strongest
 * event on the item (type weight × time decay), so a shopper counts once per item.
 */
export function buildPopularity(
  log: InteractionLog,
  options: PopularityOptions = DEFAULT_POPULARITY_OPTIONS
): Float64Array {
  const baskets = buildUserBaskets(log, { ...options, maxItemsPerUser: Infinity })
  const popularity = new Float64Array(log.vocabulary.size)
  for (let entry = 0; entry < baskets.items.length; entry++) {
    popularity[baskets.items[entry]] += baskets.weights[entry]
  }
  return popularity
}

/**
 * Popularity on a [0, 1] scale, log-damped so the head does not flatten everyone else:
 * log(1 + p_i) / log(1 + max p). All zeros when nothing was interacted with.
 */
export function normalizePopularity(popularity: Float64Array): Float64Array {
  let max = 0
  for (let i = 0; i < popularity.length; i++) max = Math.max(max, popularity[i])
  const out = new Float64Array(popularity.length)
  if (max <= 0) return out
  const scale = Math.log1p(max)
  for (let i = 0; i < popularity.length; i++)
    out[i] = Math.log1p(Math.max(0, popularity[i])) / scale
  return out
}

export type RankPopularOptions = {
  limit: number
  isAllowed?: ItemPredicate
  /** The reason shown: "trending" for decayed popularity, "popular" for all-time. */
  reason: "popular" | "trending"
}

/** The most popular allowed items, best first, scored by normalized popularity. */
export function rankPopular(
  popularity: Float64Array,
  vocabulary: ItemVocabulary,
  options: RankPopularOptions
): ScoredItem[] {
  const normalized = normalizePopularity(popularity)
  const order = popularityOrder(popularity)
  const ranked: ScoredItem[] = []
  for (let i = 0; i < order.length && ranked.length < options.limit; i++) {
    const item = order[i]
    if (popularity[item] <= 0) break
    const id = vocabulary.idAt(item)
    if (options.isAllowed && !options.isAllowed(id)) continue
    const score = round(normalized[item])
    ranked.push({
      id,
      score,
      reasons: [{ type: options.reason }],
      components: { popularity: score },
    })
  }
  return ranked
}

/** Item indices by decreasing popularity (ties: lower index first). */
export function popularityOrder(popularity: Float64Array): Int32Array {
  const order = Int32Array.from({ length: popularity.length }, (_, i) => i)
  return order.sort((a, b) => popularity[b] - popularity[a] || a - b)
}
