import {
  buildCoOccurrenceNeighbours,
  DEFAULT_CO_OCCURRENCE_OPTIONS,
} from "../collaborative/co-occurrence"
import type { ItemNeighbours } from "../collaborative/item-neighbours"
import { buildPopularity } from "../collaborative/popularity"
import { buildTransitionNeighbours } from "../collaborative/transitions"
import type { HybridSettings } from "../eval/hybrid-settings"
import {
  DEFAULT_EVENT_WEIGHTS,
  InteractionLog,
  type EventWeights,
} from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import type { ItemVectors } from "../semantic/item-vectors"
import { buildSemanticNeighbours } from "../semantic/semantic-neighbours"
import type { Interaction } from "../types"
import type { PersonalizationSources, PersonalizedSettings } from "./personalized-recommender"

export type HybridSourceOptions = {
  eventWeights?: EventWeights
  /** Popularity half-life: set it for trending (recent interest) as the popularity source. */
  trendingHalfLifeMs?: number
  /** Bounds the co-occurrence cost of heavy shoppers (see UserBasketOptions). */
  maxItemsPerUser?: number
  /**
   * Raw embedding neighbours (buildSemanticNeighbours, at least settings.semantic.neighbours per
   * item): pass them when already computed, as they cost n² dot products.
   */
  semantic?: ItemNeighbours
}

/**
 * Everything the hybrid PersonalizedRecommender draws on, built from a store's interactions and
 * its catalog's embeddings with the settings `evaluate --tune` chose: the same models the offline
 * evaluation measures. Rebuild it on a schedule (see bench/cf-rebuild.ts for the cost).
 */
export function buildHybridSources(
  interactions: Iterable<Interaction>,
  catalog: { vocabulary: ItemVocabulary; vectors?: ItemVectors },
  settings: HybridSettings,
  options: HybridSourceOptions = {}
): PersonalizationSources {
  const eventWeights = options.eventWeights ?? DEFAULT_EVENT_WEIGHTS
  const log = InteractionLog.build(interactions, catalog.vocabulary)
  const rawSemantic =
    options.semantic ??
    (catalog.vectors
      ? buildSemanticNeighbours(catalog.vectors, { neighbours: settings.semantic.neighbours })
      : undefined)
  return {
    vocabulary: catalog.vocabulary,
    vectors: catalog.vectors,
    semantic: rawSemantic?.truncated(settings.semantic.neighbours),
    collaborative: buildCoOccurrenceNeighbours(log, {
      eventWeights,
      maxItemsPerUser: options.maxItemsPerUser ?? DEFAULT_CO_OCCURRENCE_OPTIONS.maxItemsPerUser,
      ...settings.collaborative,
    }),
    sequential: buildTransitionNeighbours(log, { eventWeights, ...settings.sequential }),
    popularity: buildPopularity(log, { eventWeights, halfLifeMs: options.trendingHalfLifeMs }),
    popularityKind: options.trendingHalfLifeMs === undefined ? "popular" : "trending",
  }
}

/** The PersonalizedRecommender settings that HybridSettings describe. */
export function hybridPersonalizedSettings(
  settings: HybridSettings,
  eventWeights: EventWeights = DEFAULT_EVENT_WEIGHTS
): PersonalizedSettings {
  const { history } = settings
  return {
    history: {
      eventWeights,
      maxItems: history.maxItems,
      recencyHalfLife: history.recencyHalfLife,
      attention:
        history.attentionTemperature > 0
          ? { temperature: history.attentionTemperature, window: history.attentionWindow }
          : null,
    },
    weights: settings.weights,
    semanticExponent: settings.semantic.exponent,
  }
}
