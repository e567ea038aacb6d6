import { normalizePopularity } from "../collaborative/popularity"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { bestFirst } from "../ranking/best-first"
import { round } from "../ranking/similar-items"
import type { ItemVectors } from "../semantic/item-vectors"
import type { ItemPredicate, Reason, ScoredItem } from "../types"
import type { VectorIndex } from "../vector/vector-index"
import { normalize } from "../vector/math"
import type { WeightedHistory } from "./history-weights"

export type SearchSources = {
  vocabulary: ItemVocabulary
  index: VectorIndex
  /** Raw popularity per vocabulary index (buildPopularity). */
  popularity?: Float64Array
}

/** Blend weights; the profile weight only applies when a profile is given. */
export type SearchWeights = { query: number; popularity: number; profile: number }

export type SearchSettings = {
  /** Nearest items to the query fetched before re-scoring. */
  candidates: number
  weights: SearchWeights
}

export const DEFAULT_SEARCH_SETTINGS: SearchSettings = {
  candidates: 100,
  weights: { query: 1, popularity: 0.1, profile: 0.2 },
}

export type SearchOptions = {
  limit: number
  isAllowed?: ItemPredicate
  /** The shopper's profile vector (buildProfileVector), when the shopper is known. */
  profile?: Float32Array
  /** Blend weights for this call; the constructor's settings otherwise. */
  weights?: SearchWeights
}

/**
 * Semantic search re-scored with popularity and, for known shoppers, their taste. Candidates
 * are the `candidates` items nearest to the query embedding; each is scored
 *
 *   score = (β_q · max(0, cos(q, v_j)) + β_pop · pop_j + β_prof · max(0, cos(p, v_j))) / Σβ
 *
 * with pop_j the log-damped popularity in [0, 1] and p the profile (β_prof counts only with one).
 */
export class SearchRanker {
  private readonly popularity_: Float64Array

  constructor(
    private readonly sources: SearchSources,
    private readonly settings: SearchSettings = DEFAULT_SEARCH_SETTINGS
  ) {
    this.popularity_ = normalizePopularity(
      sources.popularity ?? new Float64Array(sources.vocabulary.size)
    )
  }

  search(queryVector: ArrayLike<number>, options: SearchOptions): ScoredItem[] {
    const { vocabulary, index } = this.sources
    const weights = options.weights ?? this.settings.weights
    const profile = options.profile ? normalize(options.profile) : undefined
    const profileWeight = profile ? weights.profile : 0
    const total = weights.query + weights.popularity + profileWeight
    if (total <= 0) return []
    const scored: ScoredItem[] = []
    for (const hit of index.search(queryVector, { limit: this.settings.candidates })) {
      if (options.isAllowed && !options.isAllowed(hit.id)) continue
      const item = vocabulary.indexOf(hit.id)
      const popularity = item >= 0 && item < this.popularity_.length ? this.popularity_[item] : 0
      const row = index.rowOf(hit.id)
      const profileSimilarity = profile && row !== undefined ? index.dotRow(profile, row) : 0
      const components = {
        query: (weights.query * Math.max(0, hit.similarity)) / total,
        popularity: (weights.popularity * popularity) / total,
        profile: (profileWeight * Math.max(0, profileSimilarity)) / total,
      }
      const reasons: Reason[] = [{ type: "matches_query", similarity: round(hit.similarity) }]
      if (components.profile > components.popularity && components.profile > 0) {
        reasons.push({ type: "matches_profile", similarity: round(profileSimilarity) })
      } else if (components.popularity > 0) {
        reasons.push({ type: "popular" })
      }
      scored.push({
        id: hit.id,
        score: components.query + components.popularity + components.profile,
        reasons,
        components: {
          query: round(components.query),
          popularity: round(components.popularity),
          profile: round(components.profile),
        },
      })
    }
    return bestFirst(scored, options.limit)
  }
}

/**
 * A shopper's taste as one vector: Σ_t w_t · v_t over their weighted history (weightHistory),
 * the same profile the personalized ranking scores against. Undefined when no history item has
 * a vector.
 */
export function buildProfileVector(
  history: WeightedHistory,
  vectors: ItemVectors
): Float32Array | undefined {
  const profile = new Float32Array(vectors.dimensions)
  let used = 0
  for (let t = 0; t < history.items.length; t++) {
    const item = history.items[t]
    if (!vectors.has(item)) continue
    vectors.addTo(profile, item, history.weights[t])
    used++
  }
  return used > 0 ? profile : undefined
}
