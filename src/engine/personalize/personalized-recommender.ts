import type { ItemNeighbours } from "../collaborative/item-neighbours"
import { normalizePopularity, popularityOrder } from "../collaborative/popularity"
import { TopKSelector } from "../collaborative/top-k"
import type { EventWeights } from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { round } from "../ranking/similar-items"
import type { ItemVectors } from "../semantic/item-vectors"
import type { ItemPredicate, Reason, ScoredItem } from "../types"
import {
  DEFAULT_HISTORY_WEIGHTING,
  weightHistory,
  type HistoryEvent,
  type HistoryWeightingOptions,
  type WeightedHistory,
} from "./history-weights"
import { buildProfileVector } from "./search"

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
  /** The reason popularity-driven items show: "trending" for decayed popularity. Default popular. */
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
  /**
   * Semantic cosines are raised to this power before they are summed (ItemNeighbours.sharpened):
   * near-duplicates of a history item then count, loose matches barely.
   */
  semanticExponent: number
}

/** The settings `evaluate --tune` chose on amazon-beauty (see DEFAULT_HYBRID_SETTINGS). */
export const DEFAULT_PERSONALIZED_SETTINGS: PersonalizedSettings = {
  history: DEFAULT_HISTORY_WEIGHTING,
  weights: { semantic: 0.75, collaborative: 1, sequential: 1, popularity: 0.2 },
  semanticExponent: 16,
}

export type PersonalizedOptions = {
  limit: number
  isAllowed?: ItemPredicate
  /** Which history items may be recommended again: none of them, all but purchases, or all. */
  exclude?: "history" | "purchased" | "nothing"
  /** Blend weights for this call; the constructor's settings otherwise. */
  weights?: BlendWeights
  /** What each event type counts for in the history; the constructor's settings otherwise. */
  eventWeights?: EventWeights
}

export type PersonalizedResult = {
  items: ScoredItem[]
  /** True when the shopper had no usable history and the list is trending/popular items. */
  fallback: boolean
}

const SOURCE_NAMES = ["semantic", "collaborative", "sequential"] as const
const SOURCE_COUNT = SOURCE_NAMES.length

/**
 * Personalized ranking from a shopper's recent history. For each candidate item j and each
 * neighbour source s (semantic, collaborative, sequential):
 *
 *   raw_s(j)   = Σ_t w_t · s(h_t, j)         (w_t: history weights, see weightHistory)
 *   score(j)   = (Σ_s β_s · raw_s(j) / max_j' raw_s(j') + β_pop · pop(j)) / Σ β
 *
 * so each source is scaled to [0, 1] for this shopper before blending, and the score is in
 * [0, 1]. The semantic source reads cos(h_t, j)^semanticExponent: with exponent 1, raw(j) is the
 * dot product of j's embedding with the shopper's profile vector Σ_t w_t v_t (buildProfileVector),
 * restricted to each history item's nearest neighbours; larger exponents favour near-duplicates
 * of single history items over loose matches to many. pop(j) is log-damped popularity (normalizePopularity). The ranking covers the whole catalog:
 * items no history item reaches score on popularity alone. Shoppers without usable history get
 * trending items, flagged as a fallback.
 *
 * Holds scratch buffers sized to the catalog, so one instance serves many calls without
 * allocating; it is not re-entrant (JavaScript never runs two calls at once).
 */
export class PersonalizedRecommender {
  /** The neighbour lists in SOURCE_NAMES order, the semantic ones sharpened. */
  private readonly lists_: readonly (ItemNeighbours | undefined)[]
  private readonly popularity_: Float64Array
  private readonly rankOfItem_: Int32Array
  private readonly itemAtRank_: Int32Array
  // Per candidate and source (interleaved: candidate · SOURCE_COUNT + source): the raw score, and
  // the history item with the largest contribution to it (for the reason shown).
  private readonly raw_: Float64Array
  private readonly bestValue_: Float64Array
  private readonly bestHistory_: Int32Array
  private readonly touched_: Int32Array
  private readonly touchedStamp_: Int32Array
  private readonly excludedStamp_: Int32Array
  private stamp_ = 0

  constructor(
    private readonly sources: PersonalizationSources,
    private readonly settings: PersonalizedSettings = DEFAULT_PERSONALIZED_SETTINGS
  ) {
    const count = sources.vocabulary.size
    this.lists_ = [
      sources.semantic?.sharpened(settings.semanticExponent),
      sources.collaborative,
      sources.sequential,
    ]
    const popularity = sources.popularity ?? new Float64Array(count)
    this.popularity_ = normalizePopularity(popularity)
    this.itemAtRank_ = popularityOrder(popularity)
    this.rankOfItem_ = new Int32Array(count)
    this.itemAtRank_.forEach((item, rank) => (this.rankOfItem_[item] = rank))
    this.raw_ = new Float64Array(count * SOURCE_COUNT)
    this.bestValue_ = new Float64Array(count * SOURCE_COUNT)
    this.bestHistory_ = new Int32Array(count * SOURCE_COUNT)
    this.touched_ = new Int32Array(count)
    this.touchedStamp_ = new Int32Array(count)
    this.excludedStamp_ = new Int32Array(count)
  }

  /**
   * The shopper's taste as one vector over the same weighted history the ranking uses (for
   * search); undefined without item vectors or without a history item that has one.
   */
  profile(history: readonly HistoryEvent[], eventWeights?: EventWeights): Float32Array | undefined {
    const { vocabulary, vectors } = this.sources
    if (!vectors) return undefined
    return buildProfileVector(
      weightHistory(history, vocabulary, vectors, this.historyWeighting_(eventWeights)),
      vectors
    )
  }

  recommend(history: readonly HistoryEvent[], options: PersonalizedOptions): PersonalizedResult {
    const { vocabulary, vectors } = this.sources
    const weighted = weightHistory(
      history,
      vocabulary,
      vectors,
      this.historyWeighting_(options.eventWeights)
    )
    const stamp = ++this.stamp_
    const exclude = options.exclude ?? "purchased"
    for (let t = 0; t < weighted.items.length; t++) {
      if (exclude === "history" || (exclude === "purchased" && weighted.purchased[t])) {
        this.excludedStamp_[weighted.items[t]] = stamp
      }
    }

    const weights = options.weights ?? this.settings.weights
    let touchedCount = 0
    const maxRaw = [0, 0, 0]
    SOURCE_NAMES.forEach((name, source) => {
      const neighbours = this.lists_[source]
      if (!neighbours || weights[name] <= 0) return
      touchedCount = this.accumulate_(source, neighbours, weighted, stamp, touchedCount)
      for (let i = 0; i < touchedCount; i++) {
        maxRaw[source] = Math.max(
          maxRaw[source],
          this.raw_[this.touched_[i] * SOURCE_COUNT + source]
        )
      }
    })

    if (weighted.items.length === 0) {
      return { items: this.rankByPopularity_(options, stamp), fallback: true }
    }

    // Scale factors: β_s / (max_s · Σβ), so a component is already its share of the score.
    const totalWeight = blendTotal(weights, this.sources)
    const scale = SOURCE_NAMES.map((name, source) =>
      maxRaw[source] > 0 ? weights[name] / (maxRaw[source] * totalWeight) : 0
    )
    const popularityScale = this.sources.popularity ? weights.popularity / totalWeight : 0

    const selector = new TopKSelector(options.limit)
    for (let i = 0; i < touchedCount; i++) {
      const item = this.touched_[i]
      const at = item * SOURCE_COUNT
      const score =
        scale[0] * this.raw_[at] +
        scale[1] * this.raw_[at + 1] +
        scale[2] * this.raw_[at + 2] +
        popularityScale * this.popularity_[item]
      this.offerIfAllowed_(selector, item, score, options.isAllowed)
    }
    // Items no source reached score on popularity alone, so in popularity order: walk it until
    // one cannot enter the top list, after which none can.
    for (let rank = 0; rank < this.itemAtRank_.length; rank++) {
      const item = this.itemAtRank_[rank]
      if (this.touchedStamp_[item] === stamp || this.excludedStamp_[item] === stamp) continue
      const score = popularityScale * this.popularity_[item]
      if (!selector.wouldAccept(rank, score)) break
      if (!options.isAllowed || options.isAllowed(this.sources.vocabulary.idAt(item))) {
        selector.offer(rank, score)
      }
    }
    return {
      items: this.explain_(selector, weighted.items, scale, popularityScale, stamp),
      fallback: false,
    }
  }

  private historyWeighting_(eventWeights: EventWeights | undefined): HistoryWeightingOptions {
    const history = this.settings.history
    return eventWeights ? { ...history, eventWeights } : history
  }

  /**
   * Adds Σ_t w_t · s(h_t, j) for one source into the raw scores of the candidates it reaches,
   * registering newly reached candidates; returns the new number of touched candidates.
   */
  private accumulate_(
    source: number,
    neighbours: ItemNeighbours,
    history: WeightedHistory,
    stamp: number,
    touchedCount: number
  ): number {
    const { offsets, scores } = neighbours
    const candidates = neighbours.neighbours
    const raw = this.raw_
    const bestValue = this.bestValue_
    const bestHistory = this.bestHistory_
    const touchedStamp = this.touchedStamp_
    const excludedStamp = this.excludedStamp_
    for (let t = 0; t < history.items.length; t++) {
      const item = history.items[t]
      if (item >= neighbours.itemCount) continue
      const weight = history.weights[t]
      for (let e = offsets[item]; e < offsets[item + 1]; e++) {
        const candidate = candidates[e]
        if (excludedStamp[candidate] === stamp) continue
        const at = candidate * SOURCE_COUNT
        if (touchedStamp[candidate] !== stamp) {
          touchedStamp[candidate] = stamp
          this.touched_[touchedCount++] = candidate
          // Written out: fill() is a builtin call, too slow for three entries in this loop.
          raw[at] = raw[at + 1] = raw[at + 2] = 0
          bestValue[at] = bestValue[at + 1] = bestValue[at + 2] = 0
        }
        const contribution = weight * scores[e]
        raw[at + source] += contribution
        if (contribution > bestValue[at + source]) {
          bestValue[at + source] = contribution
          bestHistory[at + source] = t
        }
      }
    }
    return touchedCount
  }

  /** Offers an item unless it is excluded or disallowed; asks the predicate only when it would be kept. */
  private offerIfAllowed_(
    selector: TopKSelector,
    item: number,
    score: number,
    isAllowed: ItemPredicate | undefined
  ): void {
    const rank = this.rankOfItem_[item]
    if (!selector.wouldAccept(rank, score)) return
    if (isAllowed && !isAllowed(this.sources.vocabulary.idAt(item))) return
    // Ties go to the more popular item: the selector's tie-break is the popularity rank.
    selector.offer(rank, score)
  }

  /** Turns the selected items into ScoredItems with their components and reasons. */
  private explain_(
    selector: TopKSelector,
    historyItems: Int32Array,
    scale: readonly number[],
    popularityScale: number,
    stamp: number
  ): ScoredItem[] {
    const ranks = new Int32Array(selector.size)
    const scores = new Float64Array(selector.size)
    const count = selector.drain(ranks, scores)
    const { vocabulary } = this.sources
    const items: ScoredItem[] = []
    for (let i = 0; i < count; i++) {
      const item = this.itemAtRank_[ranks[i]]
      const touched = this.touchedStamp_[item] === stamp
      const components: Record<string, number> = {}
      let largestShare = 0
      // The reason names the history item behind the largest single contribution.
      let reasonHistory = -1
      let reasonShare = 0
      SOURCE_NAMES.forEach((name, source) => {
        if (!touched) return
        const at = item * SOURCE_COUNT + source
        const share = scale[source] * this.raw_[at]
        if (share <= 0) return
        components[name] = round(share)
        largestShare = Math.max(largestShare, share)
        if (scale[source] * this.bestValue_[at] > reasonShare) {
          reasonShare = scale[source] * this.bestValue_[at]
          reasonHistory = this.bestHistory_[at]
        }
      })
      const popularityShare = popularityScale * this.popularity_[item]
      if (popularityShare > 0) components.popularity = round(popularityShare)
      const reasons: Reason[] = []
      if (reasonHistory >= 0) {
        const product_id = vocabulary.idAt(historyItems[reasonHistory])
        reasons.push({ type: "because_you_viewed", product_id })
      }
      if (reasonHistory < 0 || popularityShare > largestShare) {
        reasons.push({ type: this.sources.popularityKind ?? "popular" })
      }
      items.push({ id: vocabulary.idAt(item), score: round(scores[i]), reasons, components })
    }
    return items
  }

  /** The fallback for shoppers without usable history: popular (or trending) items. */
  private rankByPopularity_(options: PersonalizedOptions, stamp: number): ScoredItem[] {
    const reason = this.sources.popularityKind ?? "popular"
    const items: ScoredItem[] = []
    for (let rank = 0; rank < this.itemAtRank_.length && items.length < options.limit; rank++) {
      const item = this.itemAtRank_[rank]
      // Sorted by popularity: the rest have none and would be an arbitrary list.
      if (this.popularity_[item] <= 0) break
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
