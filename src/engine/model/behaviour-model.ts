import {
  buildBoughtTogether,
  DEFAULT_BOUGHT_TOGETHER_OPTIONS,
} from "../collaborative/bought-together"
import type { BoughtTogetherOptions } from "../collaborative/bought-together"
import {
  buildCoOccurrenceNeighbours,
  DEFAULT_CO_OCCURRENCE_OPTIONS,
} from "../collaborative/co-occurrence"
import type { CoOccurrenceOptions } from "../collaborative/co-occurrence"
import { ItemNeighbours } from "../collaborative/item-neighbours"
import {
  buildPopularity,
  DEFAULT_POPULARITY_OPTIONS,
  DEFAULT_TRENDING_HALF_LIFE_MS,
} from "../collaborative/popularity"
import { buildTransitionNeighbours, DEFAULT_TRANSITION_OPTIONS } from "../collaborative/transitions"
import type { TransitionOptions } from "../collaborative/transitions"
import { InteractionLog } from "../interactions/interaction-log"
import { PersonalizedRecommender } from "../personalize/personalized-recommender"
import { ItemVocabulary } from "../interactions/item-vocabulary"
import { FloatItemVectors, IndexedItemVectors } from "../semantic/item-vectors"
import { buildSemanticNeighbours } from "../semantic/semantic-neighbours"
import type { Interaction, ItemId } from "../types"
import type { VectorIndex } from "../vector/vector-index"

/**
 * Everything learnt from shopper behaviour, built in one pass over the interactions and used by
 * every recommender: co-occurrence and "what comes next" neighbours, bought-together lists (per
 * order, and per shopper within a window for stores with few multi-item orders), all-time
 * popularity and trending (decayed) popularity. Arrays are indexed like `vocabulary`.
 */
export type BehaviourModel = {
  vocabulary: ItemVocabulary
  /** Nearest items by embedding (empty lists for items without a vector when built). */
  semantic: ItemNeighbours
  collaborative: ItemNeighbours
  transitions: ItemNeighbours
  boughtTogether: ItemNeighbours
  boughtTogetherByShopper: ItemNeighbours
  popularity: Float64Array
  trending: Float64Array
  /** Interactions the model was built from. */
  interactionCount: number
}

export type BehaviourModelSettings = {
  coOccurrence: CoOccurrenceOptions
  transitions: TransitionOptions
  boughtTogether: Omit<BoughtTogetherOptions, "pairing">
  /** Window of the relaxed bought-together pairing: one shopper's purchases this close. */
  boughtTogetherWindowDays: number
  trendingHalfLifeMs: number
  /** Semantic neighbours kept per item. */
  semanticNeighbours: number
}

export const DEFAULT_BEHAVIOUR_MODEL_SETTINGS: BehaviourModelSettings = {
  coOccurrence: DEFAULT_CO_OCCURRENCE_OPTIONS,
  transitions: DEFAULT_TRANSITION_OPTIONS,
  boughtTogether: DEFAULT_BOUGHT_TOGETHER_OPTIONS,
  boughtTogetherWindowDays: 30,
  trendingHalfLifeMs: DEFAULT_TRENDING_HALF_LIFE_MS,
  semanticNeighbours: 200,
}

/**
 * The semantic lists of an earlier model built from the same vectors and settings: they only
 * depend on the vectors, which change far less often than behaviour, and they are the costly
 * part of a large catalog's build. Kept when the vocabulary is the same, item for item.
 */
export type SemanticLists = Pick<BehaviourModel, "vocabulary" | "semantic">

function sameItems(a: ItemVocabulary, b: ItemVocabulary): boolean {
  if (a.size !== b.size) return false
  for (let i = 0; i < a.size; i++) if (a.idAt(i) !== b.idAt(i)) return false
  return true
}

/** Semantic neighbour entries a model keeps at most (12 bytes each: 60 MB). */
const SEMANTIC_NEIGHBOUR_ENTRIES = 5_000_000
/** Fewest semantic neighbours per item: the similar-items ranking reads 50 candidates. */
const MIN_SEMANTIC_NEIGHBOURS = 50

/**
 * Builds the behaviour model. Pass the catalog's ids as `catalog` so that every product has an
 * index, interacted with or not, and the embedding index as `vectors` for semantic neighbours
 * (see buildSemanticNeighbours: precomputed here so that serving does not pay for them).
 */
export function buildBehaviourModel(
  interactions: Iterable<Interaction>,
  catalog: Iterable<ItemId> = [],
  settings: BehaviourModelSettings = DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
  vectors?: VectorIndex,
  previous?: SemanticLists
): BehaviourModel {
  const log = InteractionLog.build(interactions, ItemVocabulary.from(catalog))
  const itemVectors = vectors
    ? new IndexedItemVectors(log.vocabulary, vectors)
    : new FloatItemVectors(log.vocabulary, 1)
  return {
    vocabulary: log.vocabulary,
    semantic:
      previous && sameItems(previous.vocabulary, log.vocabulary)
        ? previous.semantic
        : buildSemanticNeighbours(itemVectors, {
            // A large catalog keeps fewer per item, so that the lists' memory stays bounded.
            neighbours: Math.min(
              settings.semanticNeighbours,
              Math.max(
                MIN_SEMANTIC_NEIGHBOURS,
                Math.floor(SEMANTIC_NEIGHBOUR_ENTRIES / log.vocabulary.size)
              )
            ),
          }),
    collaborative: buildCoOccurrenceNeighbours(log, settings.coOccurrence),
    transitions: buildTransitionNeighbours(log, settings.transitions),
    boughtTogether: buildBoughtTogether(log, {
      ...settings.boughtTogether,
      pairing: { by: "order" },
    }),
    boughtTogetherByShopper: buildBoughtTogether(log, {
      ...settings.boughtTogether,
      pairing: { by: "shopper", windowDays: settings.boughtTogetherWindowDays },
    }),
    popularity: buildPopularity(log, DEFAULT_POPULARITY_OPTIONS),
    trending: buildPopularity(log, {
      ...DEFAULT_POPULARITY_OPTIONS,
      halfLifeMs: settings.trendingHalfLifeMs,
    }),
    interactionCount: log.items.length,
  }
}

const FORMAT_VERSION = 1
const NEIGHBOUR_LISTS = [
  "semantic",
  "collaborative",
  "transitions",
  "boughtTogether",
  "boughtTogetherByShopper",
] as const
const VECTORS = ["popularity", "trending"] as const

type Header = {
  version: number
  ids: ItemId[]
  interactionCount: number
  /** Byte length of each typed array, in the order they follow the header. */
  lengths: number[]
}

/**
 * A compact binary form for storing a model in Postgres: a JSON header (format version, item
 * ids, array lengths) followed by the raw typed arrays, each 8-byte aligned.
 */
export function serializeBehaviourModel(model: BehaviourModel): Uint8Array {
  const arrays: ArrayBufferView[] = []
  for (const name of NEIGHBOUR_LISTS) {
    const lists = model[name]
    arrays.push(lists.offsets, lists.neighbours, lists.scores, lists.support)
  }
  for (const name of VECTORS) arrays.push(model[name])
  const ids = Array.from({ length: model.vocabulary.size }, (_, i) => model.vocabulary.idAt(i))
  const header: Header = {
    version: FORMAT_VERSION,
    ids,
    interactionCount: model.interactionCount,
    lengths: arrays.map((array) => array.byteLength),
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  let size = align8(4 + headerBytes.byteLength)
  for (const array of arrays) size += align8(array.byteLength)
  const out = new Uint8Array(size)
  new DataView(out.buffer).setUint32(0, headerBytes.byteLength, true)
  out.set(headerBytes, 4)
  let offset = align8(4 + headerBytes.byteLength)
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset)
    offset += align8(array.byteLength)
  }
  return out
}

export function deserializeBehaviourModel(bytes: Uint8Array): BehaviourModel {
  // Copy into a fresh, aligned buffer: typed array views need aligned offsets.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const headerLength = new DataView(buffer).getUint32(0, true)
  const header = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength))
  ) as Header
  if (header.version !== FORMAT_VERSION) {
    throw new Error(`Unsupported behaviour model format ${header.version}`)
  }
  let offset = align8(4 + headerLength)
  let next = 0
  const take = <T>(
    View: new (buffer: ArrayBuffer, offset: number, length: number) => T,
    bytesPer: number
  ) => {
    const length = header.lengths[next++]
    const view = new View(buffer, offset, length / bytesPer)
    offset += align8(length)
    return view
  }
  const lists = NEIGHBOUR_LISTS.map(
    () =>
      new ItemNeighbours(
        take(Uint32Array, 4),
        take(Int32Array, 4),
        take(Float32Array, 4),
        take(Float32Array, 4)
      )
  )
  const [popularity, trending] = VECTORS.map(() => take(Float64Array, 8))
  return {
    vocabulary: ItemVocabulary.from(header.ids),
    semantic: lists[0],
    collaborative: lists[1],
    transitions: lists[2],
    boughtTogether: lists[3],
    boughtTogetherByShopper: lists[4],
    popularity,
    trending,
    interactionCount: header.interactionCount,
  }
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8
}

/**
 * The personalized recommender a store serves from a behaviour model and its vector index:
 * history neighbours by meaning, co-occurrence and "what comes next", trending popularity.
 */
export function personalizedRecommenderOf(
  model: BehaviourModel,
  index: VectorIndex
): PersonalizedRecommender {
  return new PersonalizedRecommender({
    vocabulary: model.vocabulary,
    semantic: model.semantic,
    collaborative: model.collaborative,
    sequential: model.transitions,
    popularity: model.trending,
    popularityKind: "trending",
    vectors: new IndexedItemVectors(model.vocabulary, index),
  })
}
