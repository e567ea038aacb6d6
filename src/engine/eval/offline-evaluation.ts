import { buildCoOccurrenceNeighbours } from "../collaborative/co-occurrence"
import type { ItemNeighbours } from "../collaborative/item-neighbours"
import { buildPopularity } from "../collaborative/popularity"
import { DEFAULT_EVENT_WEIGHTS, InteractionLog } from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { computeMetrics, type EvaluatedList, type MetricName } from "../metrics/registry"
import {
  PersonalizedRecommender,
  type PersonalizationSources,
  type PersonalizedSettings,
} from "../personalize/personalized-recommender"
import { rerankMmr } from "../rerank/mmr"
import type { ItemVectors } from "../semantic/item-vectors"
import { buildTransitionNeighbours } from "../collaborative/transitions"
import type { Interaction, ItemId } from "../types"
import { hybridPersonalizedSettings } from "../personalize/hybrid-sources"
import type { HybridSettings } from "./hybrid-settings"
import { leaveLastOut, type EvaluationCase } from "./leave-last-out"

/** The data an offline evaluation runs on. The vocabulary is the whole catalog. */
export type OfflineDataset = {
  vocabulary: ItemVocabulary
  /** Each shopper's events, oldest first. */
  sequences: readonly (readonly Interaction[])[]
  vectors: ItemVectors
  /** Embedding neighbours, at least as many per item as any evaluated setting uses. */
  semantic: ItemNeighbours
}

/**
 * The models compared in one run: "popularity" (most popular unseen items), "cf" (item-kNN on
 * co-occurrence), "cf+sequential" (co-occurrence and transitions: every behavioural signal),
 * "semantic" (embeddings only), "hybrid" (all of them plus popularity) and "hybrid+diversity"
 * (the hybrid's top candidates re-ranked with MMR). All but popularity rank through the same
 * PersonalizedRecommender, with the sources they do not use turned off.
 */
export const EVALUATED_MODELS = [
  "popularity",
  "cf",
  "cf+sequential",
  "semantic",
  "hybrid",
  "hybrid+diversity",
] as const
export type EvaluatedModel = (typeof EVALUATED_MODELS)[number]

export const REPORTED_METRICS: readonly MetricName[] = [
  "hr",
  "ndcg",
  "mrr",
  "coverage",
  "intra_list_diversity",
]

export type EvaluateOptions = {
  k: number
  /** Called every few hundred shoppers. */
  onProgress?: (done: number, total: number) => void
}

/**
 * One leave-last-out split (holdout 1: test, 2: validation) of a dataset, with every model
 * trained on the split's training events. Ranks the whole catalog for each shopper with their
 * history masked (no sampled negatives). Neighbour lists are cached by their settings, so
 * tuning only rebuilds what a setting changes.
 */
export class OfflineEvaluation {
  readonly cases: readonly EvaluationCase[]
  private readonly log_: InteractionLog
  private readonly popularity_: Float64Array
  private readonly cache_ = new Map<string, ItemNeighbours>()

  constructor(
    private readonly dataset: OfflineDataset,
    holdout: number,
    userLimit = Infinity
  ) {
    const split = leaveLastOut(dataset.sequences, holdout)
    this.cases = split.cases.slice(0, userLimit)
    this.log_ = InteractionLog.build(split.train, dataset.vocabulary)
    this.popularity_ = buildPopularity(this.log_, { eventWeights: DEFAULT_EVENT_WEIGHTS })
  }

  /** Evaluates one model under `settings` on every case of the split. */
  evaluate(
    model: EvaluatedModel,
    settings: HybridSettings,
    options: EvaluateOptions
  ): Record<string, number> {
    const rank = this.ranker(model, settings, options.k)
    const lists: EvaluatedList[] = []
    this.cases.forEach((testCase, i) => {
      lists.push({ relevant: new Set([testCase.target]), ranked: rank(testCase.history) })
      if (options.onProgress && (i % 500 === 499 || i === this.cases.length - 1)) {
        options.onProgress(i + 1, this.cases.length)
      }
    })
    const { vectors, vocabulary } = this.dataset
    return computeMetrics(REPORTED_METRICS, {
      lists,
      k: options.k,
      catalogSize: vocabulary.size,
      similarity: (a, b) => vectors.cosineById(a, b),
    })
  }

  /** NDCG@k alone, cheaper than `evaluate` (no diversity pass): the tuning objective. */
  ndcg(model: EvaluatedModel, settings: HybridSettings, k: number): number {
    const rank = this.ranker(model, settings, k)
    const lists = this.cases.map((testCase) => ({
      relevant: new Set([testCase.target]),
      ranked: rank(testCase.history),
    }))
    return computeMetrics(["ndcg"], { lists, k, catalogSize: this.dataset.vocabulary.size })[
      `ndcg@${k}`
    ]
  }

  /** A function from a history to the top-k item ids of `model`. */
  ranker(
    model: EvaluatedModel,
    settings: HybridSettings,
    k: number
  ): (history: Interaction[]) => ItemId[] {
    const { vectors } = this.dataset
    const recommender = new PersonalizedRecommender(
      this.sources_(model, settings),
      personalizedSettings(model, settings)
    )
    if (model !== "hybrid+diversity") {
      return (history) =>
        recommender
          .recommend(history, { limit: k, exclude: "history" })
          .items.map((item) => item.id)
    }
    const similarity = (a: ItemId, b: ItemId) => vectors.cosineById(a, b)
    return (history) => {
      const candidates = recommender.recommend(history, {
        limit: Math.max(k, settings.diversity.candidates),
        exclude: "history",
      }).items
      return rerankMmr(candidates, {
        limit: k,
        lambda: settings.diversity.lambda,
        keepTop: settings.diversity.keepTop,
        similarity,
      }).map((item) => item.id)
    }
  }

  private sources_(model: EvaluatedModel, settings: HybridSettings): PersonalizationSources {
    const { vocabulary, vectors } = this.dataset
    const popularity = { popularity: this.popularity_, popularityKind: "popular" as const }
    const semantic = () =>
      this.cached_(`semantic:${settings.semantic.neighbours}`, () =>
        this.dataset.semantic.truncated(settings.semantic.neighbours)
      )
    const behaviour = () => ({
      collaborative: this.cached_(`cf:${JSON.stringify(settings.collaborative)}`, () =>
        buildCoOccurrenceNeighbours(this.log_, {
          eventWeights: DEFAULT_EVENT_WEIGHTS,
          maxItemsPerUser: Infinity,
          ...settings.collaborative,
        })
      ),
      sequential: this.cached_(`seq:${JSON.stringify(settings.sequential)}`, () =>
        buildTransitionNeighbours(this.log_, {
          eventWeights: DEFAULT_EVENT_WEIGHTS,
          ...settings.sequential,
        })
      ),
    })
    switch (model) {
      case "popularity":
        return { vocabulary, ...popularity }
      case "cf":
        return { vocabulary, collaborative: behaviour().collaborative }
      case "cf+sequential":
        return { vocabulary, ...behaviour() }
      case "semantic":
        return { vocabulary, vectors, semantic: semantic() }
      case "hybrid":
      case "hybrid+diversity":
        return { vocabulary, vectors, semantic: semantic(), ...behaviour(), ...popularity }
    }
  }

  private cached_(key: string, build: () => ItemNeighbours): ItemNeighbours {
    let neighbours = this.cache_.get(key)
    if (!neighbours) this.cache_.set(key, (neighbours = build()))
    return neighbours
  }
}

/**
 * The recommender settings of a model. Behaviour-only models get no attention (it reads
 * embeddings); single-source models weigh only their source.
 */
function personalizedSettings(
  model: EvaluatedModel,
  settings: HybridSettings
): PersonalizedSettings {
  const hybrid = hybridPersonalizedSettings(settings)
  const { weights } = settings
  const none = { semantic: 0, collaborative: 0, sequential: 0, popularity: 0 }
  const behaviour = {
    ...none,
    collaborative: weights.collaborative,
    sequential: weights.sequential,
  }
  switch (model) {
    case "popularity":
      return { ...hybrid, weights: { ...none, popularity: 1 } }
    case "cf":
      return {
        ...hybrid,
        history: { ...hybrid.history, attention: null },
        weights: { ...none, collaborative: 1 },
      }
    case "cf+sequential":
      return { ...hybrid, history: { ...hybrid.history, attention: null }, weights: behaviour }
    case "semantic":
      return { ...hybrid, weights: { ...none, semantic: 1 } }
    case "hybrid":
    case "hybrid+diversity":
      return hybrid
  }
}
