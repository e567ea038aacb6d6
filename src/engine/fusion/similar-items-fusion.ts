import type { ItemNeighbours } from "../collaborative/item-neighbours"
import { normalizePopularity, popularityOrder } from "../collaborative/popularity"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { bestFirst } from "../ranking/best-first"
import { round } from "../ranking/similar-items"
import type { ItemId, ItemPredicate, Reason, ScoredItem } from "../types"
import type { VectorIndex } from "../vector/vector-index"

export type SimilarItemsSources = {
  vocabulary: ItemVocabulary
  /** Item embeddings: semantic candidates and similarities. */
  index: VectorIndex
  /**
   * Each item's nearest items by embedding, precomputed with the behaviour model: read instead of
   * searching the index (an O(catalog) scan) for every item that has a list.
   */
  semantic?: ItemNeighbours
  /**
   * When the vectors the lists came from were read (ms, the clock of the index's `writtenAt`).
   * A source written since is searched in the whole index; items written since join every
   * source's candidates by direct comparison, so an edited product shows up at once.
   */
  semanticAsOf?: number
  /** Item-to-item co-occurrence (buildCoOccurrenceNeighbours). */
  collaborative?: ItemNeighbours
  /** Raw popularity per vocabulary index (buildPopularity). */
  popularity?: Float64Array
}

/** How the sources are blended; a store may change them at run time (see SimilarItemsOptions). */
export type SimilarItemsWeights = {
  /** Shoppers behind a pair at which behaviour and meaning weigh the same (k in s / (s + k)). */
  evidenceHalfPoint: number
  /** Share of the score given to popularity, in [0, 1]. */
  popularityWeight: number
}

export type SimilarItemsSettings = SimilarItemsWeights & {
  /** Nearest items fetched from the vector index as candidates. */
  semanticCandidates: number
  /** Most popular items added as candidates. */
  popularCandidates: number
}

export const DEFAULT_SIMILAR_ITEMS_SETTINGS: SimilarItemsSettings = {
  semanticCandidates: 50,
  popularCandidates: 20,
  evidenceHalfPoint: 5,
  popularityWeight: 0.05,
}

export type SimilarItemsOptions = {
  limit: number
  isAllowed?: ItemPredicate
  /** Blend weights for this call; the constructor's settings otherwise. */
  weights?: SimilarItemsWeights
}

/**
 * "Similar items" from meaning, behaviour and popularity. Candidates are the source's nearest
 * items by embedding, its co-occurrence neighbours and the most popular items; each is scored
 *
 *   sem_j  = max(0, cos(v_source, v_j))
 *   cf_j   = sim_cf(source, j) / max_j' sim_cf(source, j')       (0 without co-occurrence)
 *   g_j    = support_j / (support_j + evidenceHalfPoint)           (shoppers behind the pair)
 *   score  = (1 − β_pop) · ((1 − g_j) · sem_j + g_j · cf_j) + β_pop · pop_j
 *
 * so the weight of behaviour grows with the evidence for that pair: a new item ranks on meaning
 * alone, a well-sold one mostly on what its buyers also bought. pop_j is log-damped popularity
 * in [0, 1]; every score is in [0, 1].
 */
export class SimilarItemsRecommender {
  private readonly popularity_: Float64Array
  private readonly popularOrder_: Int32Array

  constructor(
    private readonly sources: SimilarItemsSources,
    private readonly settings: SimilarItemsSettings = DEFAULT_SIMILAR_ITEMS_SETTINGS
  ) {
    const popularity = sources.popularity ?? new Float64Array(sources.vocabulary.size)
    this.popularity_ = normalizePopularity(popularity)
    this.popularOrder_ = popularityOrder(popularity).slice(0, settings.popularCandidates)
  }

  recommend(sourceId: ItemId, options: SimilarItemsOptions): ScoredItem[] {
    const { vocabulary, index, collaborative, semantic } = this.sources
    const sourceVector = index.get(sourceId)
    const sourceItem = vocabulary.indexOf(sourceId)
    const candidates = new Map<ItemId, { semantic: number; cf: number; support: number }>()
    const candidate = (id: ItemId) => {
      let entry = candidates.get(id)
      if (!entry) candidates.set(id, (entry = { semantic: Number.NaN, cf: 0, support: 0 }))
      return entry
    }

    const asOf = this.sources.semanticAsOf ?? Infinity
    const lists = semantic && sourceItem >= 0 && sourceItem < semantic.itemCount ? semantic : null
    const sourceIsNewer = (index.writtenAt(sourceId) ?? 0) > asOf
    if (lists && !sourceIsNewer && lists.offsets[sourceItem + 1] > lists.offsets[sourceItem]) {
      const start = lists.offsets[sourceItem]
      const end = Math.min(lists.offsets[sourceItem + 1], start + this.settings.semanticCandidates)
      for (let e = start; e < end; e++) {
        candidate(vocabulary.idAt(lists.neighbours[e])).semantic = lists.scores[e]
      }
      if (sourceVector && asOf !== Infinity) {
        for (const id of index.idsWrittenAfter(asOf)) {
          if (id !== sourceId) candidate(id).semantic = cosineOf(index, sourceVector, id)
        }
      }
    } else if (sourceVector) {
      for (const hit of index.searchSimilar(sourceId, {
        limit: this.settings.semanticCandidates,
      })) {
        candidate(hit.id).semantic = hit.similarity
      }
    }
    if (collaborative && sourceItem >= 0 && sourceItem < collaborative.itemCount) {
      const start = collaborative.offsets[sourceItem]
      const end = collaborative.offsets[sourceItem + 1]
      // Rows are sorted: the first entry holds the largest similarity.
      const maxSimilarity = end > start ? collaborative.scores[start] : 0
      for (let e = start; e < end; e++) {
        const entry = candidate(vocabulary.idAt(collaborative.neighbours[e]))
        entry.cf = maxSimilarity > 0 ? collaborative.scores[e] / maxSimilarity : 0
        entry.support = collaborative.support[e]
      }
    }
    for (const item of this.popularOrder_) candidate(vocabulary.idAt(item))
    candidates.delete(sourceId)

    const { popularityWeight, evidenceHalfPoint } = options.weights ?? this.settings
    const scored: ScoredItem[] = []
    for (const [id, entry] of candidates) {
      if (options.isAllowed && !options.isAllowed(id)) continue
      if (Number.isNaN(entry.semantic)) entry.semantic = cosineOf(index, sourceVector, id)
      const semantic = Math.max(0, entry.semantic)
      const evidence = entry.support / (entry.support + evidenceHalfPoint)
      const item = vocabulary.indexOf(id)
      const popularity = item >= 0 && item < this.popularity_.length ? this.popularity_[item] : 0
      const components = {
        semantic: (1 - popularityWeight) * (1 - evidence) * semantic,
        collaborative: (1 - popularityWeight) * evidence * entry.cf,
        popularity: popularityWeight * popularity,
      }
      const score = components.semantic + components.collaborative + components.popularity
      if (score <= 0) continue
      const reasons: Reason[] = []
      if (semantic > 0) {
        reasons.push({
          type: "similar_to",
          product_id: sourceId,
          similarity: round(entry.semantic),
        })
      }
      if (entry.support > 0) {
        reasons.push({ type: "also_interacted", product_id: sourceId, support: entry.support })
      }
      if (
        components.popularity > components.semantic &&
        components.popularity > components.collaborative
      ) {
        reasons.push({ type: "popular" })
      }
      scored.push({
        id,
        score,
        reasons,
        components: {
          semantic: round(components.semantic),
          collaborative: round(components.collaborative),
          popularity: round(components.popularity),
        },
      })
    }
    return bestFirst(scored, options.limit)
  }
}

function cosineOf(index: VectorIndex, sourceVector: Float32Array | undefined, id: ItemId): number {
  const row = index.rowOf(id)
  return sourceVector && row !== undefined ? index.dotRow(sourceVector, row) : 0
}
