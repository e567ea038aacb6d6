import type { ItemNeighbours } from "../collaborative/item-neighbours"
import { normalizePopularity, popularityOrder } from "../collaborative/popularity"
import { TopKSelector } from "../collaborative/top-k"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { round } from "../ranking/similar-items"
import type { ItemVectors } from "../semantic/item-vectors"
import type { ItemPredicate, Reason, ScoredItem } from "../types"
import {
  DEFAULT_HISTORY_WEIGHTING,
  weightHistory,
  type HistoryEvent,
  type HistoryWeightingOptions,
} from "./history-weights"

/** The models a personalized ranking draws on; every source is optional. */
export type PersonalizationSources = {
  vocabulary: ItemVocabulary
  /** Nearest items by embedding (buildSemanticNeighbours). */
  semantic?: ItemNeighbours
  /** Item-to-item co-occurrence (buildCoOccurrenceNeighbours). */
  collaborative?: ItemNeighbours
  /** Items shoppers move on to (buildTransitionNeighbours). */
  sequential?: ItemNeighbours
  /** Raw popularity per item (buildPopularity); with a half-life it is trending. */
  popularity?: Float64Array
  popularityKind?: "popular" | "trending"
  /** Item embeddings, for the attention over the history. */
  vectors?: ItemVectors
}

/** Weight of each normalized source in the blend (any non-negative numbers; 0 turns one off). */
export type BlendWeights = {
  semantic: number
  collaborative: number
  sequential: number
  popularity: number
}

export type PersonalizedSettings = {
  history: HistoryWeightingOptions
  weights: BlendWeights
}

export const DEFAULT_PERSONALIZED_SETTINGS: PersonalizedSettings = {
  history: DEFAULT_HISTORY_WEIGHTING,
  weights: { semantic: 1, collaborative: 1, sequential: 1, popularity: 0.05 },
}

export type PersonalizedOptions = {
  limit: number
  isAllowed?: ItemPredicate
  /** Which history items may be recommended again: none of them, all but purchases, or all. */
  exclude?: "history" | "purchased" | "nothing"
}

export type PersonalizedResult = {
  items: ScoredItem[]
  /** True when the shopper had no usable history and the list is trending/popular items. */
  fallback: boolean
}

const SOURCE_NAMES = ["semantic", "collaborative", "sequential"] as const
type SourceName = (typeof SOURCE_NAMES)[number]

/**
 * Personalized ranking from a shopper's recent history. For each candidate item j and each
 * neighbour source s (semantic, collaborative, sequential):
 *
 *   raw_s(j)   = Σ_t w_t · s(h_t, j)         (w_t: history weights, see weightHistory)
 *   score(j)   = (Σ_s β_s · raw_s(j) / max_j' raw_s(j') + β_pop · pop(j)) / Σ β
 *
 * so each source is scaled to [0, 1] for this shopper before blending, and the score is in
 * [0, 1]. For the semantic source raw_s(j) is the dot product of j's embedding with the
 * shopper's profile vector Σ_t w_t v_t, restricted to each history item's nearest neighbours.
 * pop(j) is log-damped popularity (normalizePopularity). The ranking covers the whole catalog:
 * items no history item reaches score on popularity alone. Shoppers without usable history get
 * trending items, flagged as a fallback.
 *
 * Holds scratch buffers sized to the catalog, so one instance serves many calls without
 * allocating; it is not re-entrant (JavaScript never runs two calls at once).
 */
export class PersonalizedRecommender {
  private readonly popularity_: Float64Array
  private readonly rankOfItem_: Int32Array
  private readonly itemAtRank_: Int32Array
  private readonly raw_: Record<SourceName, Float64Array>
  private readonly bestValue_: Record<SourceName, Float64Array>
  private readonly bestHistory_: Record<SourceName, Int32Array>
  private readonly touched_: Int32Array
  private readonly touchedStamp_: Int32Array
  private readonly excludedStamp_: Int32Array
  private stamp_ = 0

  constructor(
    private readonly sources: PersonalizationSources,
    private readonly settings: PersonalizedSettings = DEFAULT_PERSONALIZED_SETTINGS
  ) {
    const count = sources.vocabulary.size
    const popularity = sources.popularity ?? new Float64Array(count)
    this.popularity_ = normalizePopularity(popularity)
    this.itemAtRank_ = popularityOrder(popularity)
    this.rankOfItem_ = new Int32Array(count)
    this.itemAtRank_.forEach((item, rank) => (this.rankOfItem_[item] = rank))
    const perSource = <T>(make: () => T) =>
      ({ semantic: make(), collaborative: make(), sequential: make() }) as Record<SourceName, T>
    this.raw_ = perSource(() => new Float64Array(count))
    this.bestValue_ = perSource(() => new Float64Array(count))
    this.bestHistory_ = perSource(() => new Int32Array(count))
    this.touched_ = new Int32Array(count)
    this.touchedStamp_ = new Int32Array(count)
    this.excludedStamp_ = new Int32Array(count)
  }

  recommend(history: readonly HistoryEvent[], options: PersonalizedOptions): PersonalizedResult {
    const { vocabulary, vectors } = this.sources
    const weighted = weightHistory(history, vocabulary, vectors, this.settings.history)
    const stamp = ++this.stamp_
    const exclude = options.exclude ?? "purchased"
    for (let t = 0; t < weighted.items.length; t++) {
      if (exclude === "history" || (exclude === "purchased" && weighted.purchased[t])) {
        this.excludedStamp_[weighted.items[t]] = stamp
      }
    }

    const weights = this.settings.weights
    let touchedCount = 0
    const maxRaw: Record<SourceName, number> = { semantic: 0, collaborative: 0, sequential: 0 }
    for (const name of SOURCE_NAMES) {
      const neighbours = this.sources[name]
      if (!neighbours || weights[name] <= 0) continue
      const raw = this.raw_[name]
      const bestValue = this.bestValue_[name]
      const bestHistory = this.bestHistory_[name]
      for (let t = 0; t < weighted.items.length; t++) {
        const item = weighted.items[t]
        if (item >= neighbours.itemCount) continue
        const weight = weighted.weights[t]
        for (let e = neighbours.offsets[item]; e < neighbours.offsets[item + 1]; e++) {
          const candidate = neighbours.neighbours[e]
          if (this.excludedStamp_[candidate] === stamp) continue
          if (this.touchedStamp_[candidate] !== stamp) {
            this.touchedStamp_[candidate] = stamp
            this.touched_[touchedCount++] = candidate
            for (const other of SOURCE_NAMES) {
              this.raw_[other][candidate] = 0
              this.bestValue_[other][candidate] = 0
            }
          }
          const contribution = weight * neighbours.scores[e]
          raw[candidate] += contribution
          if (contribution > bestValue[candidate]) {
            bestValue[candidate] = contribution
            bestHistory[candidate] = t
          }
        }
      }
      for (let i = 0; i < touchedCount; i++) {
        maxRaw[name] = Math.max(maxRaw[name], raw[this.touched_[i]])
      }
    }

    if (touchedCount === 0 && weighted.items.length === 0) {
      return { items: this.rankByPopularity_(options, stamp), fallback: true }
    }

    // Scale factors: β_s / (max_s · Σβ), so a component is already its share of the score.
    const totalWeight = blendTotal(weights, this.sources)
    const scale: Record<SourceName, number> = { semantic: 0, collaborative: 0, sequential: 0 }
    for (const name of SOURCE_NAMES) {
      if (maxRaw[name] > 0) scale[name] = weights[name] / (maxRaw[name] * totalWeight)
    }
    const popularityScale = this.sources.popularity ? weights.popularity / totalWeight : 0

    const selector = new TopKSelector(options.limit)
    for (let i = 0; i < touchedCount; i++) {
      const item = this.touched_[i]
      const score =
        scale.semantic * this.raw_.semantic[item] +
        scale.collaborative * this.raw_.collaborative[item] +
        scale.sequential * this.raw_.sequential[item] +
        popularityScale * this.popularity_[item]
      this.offerIfAllowed_(selector, item, score, options.isAllowed)
    }
    // Items no source reached score on popularity alone: the best of them are the most popular.
    let added = 0
    for (let rank = 0; rank < this.itemAtRank_.length && added < options.limit; rank++) {
      const item = this.itemAtRank_[rank]
      if (this.touchedStamp_[item] === stamp || this.excludedStamp_[item] === stamp) continue
      if (
        this.offerIfAllowed_(
          selector,
          item,
          popularityScale * this.popularity_[item],
          options.isAllowed
        )
      ) {
        added++
      }
    }
    return {
      items: this.explain_(selector, weighted.items, scale, popularityScale, stamp),
      fallback: false,
    }
  }

  /** Offers an item unless it is excluded or disallowed; asks the predicate only when it would be kept. */
  private offerIfAllowed_(
    selector: TopKSelector,
    item: number,
    score: number,
    isAllowed: ItemPredicate | undefined
  ): boolean {
    const rank = this.rankOfItem_[item]
    if (!selector.wouldAccept(rank, score)) return false
    if (isAllowed && !isAllowed(this.sources.vocabulary.idAt(item))) return false
    // Ties go to the more popular item: the selector's tie-break is the popularity rank.
    selector.offer(rank, score)
    return true
  }

  private explain_(
    selector: TopKSelector,
    historyItems: Int32Array,
    scale: Record<SourceName, number>,
    popularityScale: number,
    stamp: number
  ): ScoredItem[] {
    const ranks = new Int32Array(selector.size)
    const scores = new Float64Array(selector.size)
    const count = selector.drain(ranks, scores)
    const { vocabulary } = this.sources
    const popularityReason = this.sources.popularityKind ?? "popular"
    const items: ScoredItem[] = []
    for (let i = 0; i < count; i++) {
      const item = this.itemAtRank_[ranks[i]]
      const touched = this.touchedStamp_[item] === stamp
      const components: Record<string, number> = {}
      let bestSource: SourceName | undefined
      let bestShare = 0
      for (const name of SOURCE_NAMES) {
        const share = touched ? scale[name] * this.raw_[name][item] : 0
        if (share > 0) components[name] = round(share)
        // The history item behind the strongest source's strongest contribution.
        const historyShare = touched ? scale[name] * this.bestValue_[name][item] : 0
        if (historyShare > bestShare) {
          bestShare = historyShare
          bestSource = name
        }
      }
      const popularityShare = popularityScale * this.popularity_[item]
      if (popularityShare > 0) components.popularity = round(popularityShare)
      const reasons: Reason[] = []
      if (bestSource) {
        const historyItem = historyItems[this.bestHistory_[bestSource][item]]
        reasons.push({ type: "because_you_viewed", product_id: vocabulary.idAt(historyItem) })
      }
      if (!bestSource || popularityShare > Math.max(...Object.values(components)) - 1e-12) {
        reasons.push({ type: popularityReason })
      }
      items.push({ id: vocabulary.idAt(item), score: round(scores[i]), reasons, components })
    }
    return items
  }

  private rankByPopularity_(options: PersonalizedOptions, stamp: number): ScoredItem[] {
    const reason = this.sources.popularityKind ?? "trending"
    const items: ScoredItem[] = []
    for (let rank = 0; rank < this.itemAtRank_.length && items.length < options.limit; rank++) {
      const item = this.itemAtRank_[rank]
      if (this.excludedStamp_[item] === stamp) continue
      const id = this.sources.vocabulary.idAt(item)
      if (options.isAllowed && !options.isAllowed(id)) continue
      const score = round(this.popularity_[item])
      items.push({ id, score, reasons: [{ type: reason }], components: { popularity: score } })
    }
    return items
  }
}

/** Σ β over the sources that exist; at least a tiny positive number to keep scores finite. */
function blendTotal(weights: BlendWeights, sources: PersonalizationSources): number {
  let total = sources.popularity ? weights.popularity : 0
  for (const name of SOURCE_NAMES) if (sources[name]) total += weights[name]
  return Math.max(total, Number.EPSILON)
}
