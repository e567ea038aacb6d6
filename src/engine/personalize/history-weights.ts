import { DEFAULT_EVENT_WEIGHTS, type EventWeights } from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import type { ItemVectors } from "../semantic/item-vectors"
import type { Interaction } from "../types"

/** What the history weighting needs of a shopper's event. */
export type HistoryEvent = Pick<Interaction, "item_id" | "type" | "timestamp">

export type HistoryWeightingOptions = {
  eventWeights: EventWeights
  /** Only the latest `maxItems` distinct items count. */
  maxItems: number
  /** Steps back at which an item counts half: the latest item 1, `halfLife` items earlier 0.5. */
  recencyHalfLife: number
  /**
   * Attention over the history: items close to the recent intent (the centroid of the latest
   * `window` items' embeddings) weigh more, by a softmax with this temperature. null: off.
   */
  attention: { temperature: number; window: number } | null
}

/**
 * As tuned on amazon-beauty: the latest item counts most (half-life 1), and the attention was
 * not chosen there (temperatures 0.05 to 0.5 did not beat recency alone), so it is off.
 */
export const DEFAULT_HISTORY_WEIGHTING: HistoryWeightingOptions = {
  eventWeights: DEFAULT_EVENT_WEIGHTS,
  maxItems: 50,
  recencyHalfLife: 1,
  attention: null,
}

/** A shopper's distinct history items (vocabulary indices, oldest first) with their weights. */
export type WeightedHistory = {
  items: Int32Array
  /** Sum to 1. */
  weights: Float64Array
  /** 1 where the shopper bought the item. */
  purchased: Uint8Array
}

/**
 * Weighs each distinct item of a history (events oldest first; unknown items are skipped):
 *
 *   w_t ∝ type_t · 0.5^(age_t / recencyHalfLife) · attention_t
 *   attention_t = n · softmax_t(cos(v_t, c) / temperature)   (1 for items without a vector)
 *
 * where age_t is how many distinct items came after item t, type_t the weight of the strongest
 * event on it, c the centroid of the latest `window` items' vectors, and n the number of items
 * with a vector (so the mean attention is 1). Weights are normalized to sum to 1.
 */
export function weightHistory(
  history: readonly HistoryEvent[],
  vocabulary: ItemVocabulary,
  vectors: ItemVectors | undefined,
  options: HistoryWeightingOptions = DEFAULT_HISTORY_WEIGHTING
): WeightedHistory {
  // Newest first, one entry per item: its strongest event type weight and whether it was bought.
  const slotOfItem = new Map<number, number>()
  const itemsNewestFirst: number[] = []
  const typeWeights: number[] = []
  const bought: number[] = []
  for (let e = history.length - 1; e >= 0 && itemsNewestFirst.length < options.maxItems; e--) {
    const item = vocabulary.indexOf(history[e].item_id)
    if (item < 0) continue
    const typeWeight = options.eventWeights[history[e].type]
    const isPurchase = history[e].type === "purchase" ? 1 : 0
    const slot = slotOfItem.get(item)
    if (slot === undefined) {
      slotOfItem.set(item, itemsNewestFirst.length)
      itemsNewestFirst.push(item)
      typeWeights.push(typeWeight)
      bought.push(isPurchase)
    } else {
      typeWeights[slot] = Math.max(typeWeights[slot], typeWeight)
      bought[slot] = Math.max(bought[slot], isPurchase)
    }
  }

  const count = itemsNewestFirst.length
  const attention = attentionWeights(itemsNewestFirst, vectors, options.attention)
  const items = new Int32Array(count)
  const weights = new Float64Array(count)
  const purchased = new Uint8Array(count)
  let total = 0
  for (let age = 0; age < count; age++) {
    const t = count - 1 - age
    items[t] = itemsNewestFirst[age]
    purchased[t] = bought[age]
    weights[t] = typeWeights[age] * Math.pow(0.5, age / options.recencyHalfLife) * attention[age]
    total += weights[t]
  }
  if (total > 0) for (let t = 0; t < count; t++) weights[t] /= total
  return { items, weights, purchased }
}

function attentionWeights(
  itemsNewestFirst: readonly number[],
  vectors: ItemVectors | undefined,
  attention: HistoryWeightingOptions["attention"]
): Float64Array {
  const weights = new Float64Array(itemsNewestFirst.length).fill(1)
  if (!vectors || !attention) return weights
  const dimensions = vectors.dimensions
  const centroid = new Float32Array(dimensions)
  let inWindow = 0
  for (const item of itemsNewestFirst.slice(0, attention.window)) {
    if (!vectors.has(item)) continue
    vectors.addTo(centroid, item, 1)
    inWindow++
  }
  if (inWindow === 0) return weights
  let norm = 0
  for (let d = 0; d < dimensions; d++) norm += centroid[d] * centroid[d]
  norm = Math.sqrt(norm)
  if (norm === 0) return weights

  // Softmax over the items that have a vector, shifted by the max logit for stability.
  const logits = itemsNewestFirst.map((item) =>
    vectors.has(item) ? vectors.dot(centroid, item) / norm / attention.temperature : -Infinity
  )
  const maxLogit = Math.max(...logits)
  let sum = 0
  let withVector = 0
  logits.forEach((logit, i) => {
    if (logit === -Infinity) return
    weights[i] = Math.exp(logit - maxLogit)
    sum += weights[i]
    withVector++
  })
  logits.forEach((logit, i) => {
    if (logit !== -Infinity) weights[i] = (weights[i] / sum) * withVector
  })
  return weights
}
