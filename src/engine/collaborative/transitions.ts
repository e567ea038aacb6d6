import {
  DEFAULT_EVENT_WEIGHTS,
  type EventWeights,
  type InteractionLog,
} from "../interactions/interaction-log"
import { ItemNeighboursBuilder, RowAccumulator, type ItemNeighbours } from "./item-neighbours"

export type TransitionOptions = {
  eventWeights: EventWeights
  /** How many later items of a sequence count as following an item. */
  window: number
  /** Weight factor per extra step between the two items (1: every step in the window equal). */
  gapDecay: number
  /** Neighbours kept per item. */
  neighbours: number
  /** Added to the denominator, as in the co-occurrence similarity. */
  shrinkage: number
}

/** As `evaluate --tune` chose them on amazon-beauty. */
export const DEFAULT_TRANSITION_OPTIONS: TransitionOptions = {
  eventWeights: DEFAULT_EVENT_WEIGHTS,
  window: 5,
  gapDecay: 0.5,
  neighbours: 100,
  shrinkage: 50,
}

/**
 * Sequential signal: which items shoppers move on to after an item (directed, unlike
 * co-occurrence). In each user's time-ordered sequence (consecutive repeats collapsed), every item
 * b that comes d ≤ window steps after an item a adds w_a · w_b · gapDecay^(d-1), where w is the
 * event type's weight. The score is normalized like the co-occurrence cosine:
 *
 *   next(a → b) = t(a → b) / (√(n_a · n_b) + shrinkage),   n_i = Σ over occurrences of i of w²
 *
 * Support is the number of shoppers with that transition.
 */
export function buildTransitionNeighbours(
  log: InteractionLog,
  options: TransitionOptions = DEFAULT_TRANSITION_OPTIONS
): ItemNeighbours {
  const itemCount = log.vocabulary.size
  const sequence = collapseRepeats(log, options.eventWeights)
  const norms = new Float64Array(itemCount)
  const postingOffsets = new Uint32Array(itemCount + 1)
  for (let position = 0; position < sequence.items.length; position++) {
    const item = sequence.items[position]
    norms[item] += sequence.weights[position] * sequence.weights[position]
    postingOffsets[item + 1]++
  }
  for (let item = 0; item < itemCount; item++) postingOffsets[item + 1] += postingOffsets[item]
  const cursor = postingOffsets.slice(0, itemCount)
  const postings = new Int32Array(sequence.items.length)
  for (let position = 0; position < sequence.items.length; position++) {
    postings[cursor[sequence.items[position]]++] = position
  }

  const row = new RowAccumulator(itemCount, options.neighbours)
  const builder = new ItemNeighboursBuilder(itemCount, options.neighbours)
  for (let item = 0; item < itemCount; item++) {
    for (let posting = postingOffsets[item]; posting < postingOffsets[item + 1]; posting++) {
      const position = postings[posting]
      const user = sequence.users[position]
      const end = Math.min(sequence.userEnds[user], position + 1 + options.window)
      let gapWeight = sequence.weights[position]
      for (let next = position + 1; next < end; next++) {
        const other = sequence.items[next]
        if (other !== item) row.add(other, gapWeight * sequence.weights[next], user)
        gapWeight *= options.gapDecay
      }
    }
    for (let i = 0; i < row.touchedCount; i++) {
      const other = row.touched[i]
      row.score[other] =
        row.weight[other] / (Math.sqrt(norms[item] * norms[other]) + options.shrinkage)
    }
    row.emitRow(builder)
  }
  return builder.build()
}

/** Users' event sequences with consecutive events on the same item merged (strongest weight). */
function collapseRepeats(log: InteractionLog, eventWeights: EventWeights) {
  const eventWeight = log.eventWeights(eventWeights)
  const items = new Int32Array(log.eventCount)
  const weights = new Float32Array(log.eventCount)
  const users = new Int32Array(log.eventCount)
  const userEnds = new Uint32Array(log.userCount)
  let length = 0
  for (let user = 0; user < log.userCount; user++) {
    const start = length
    for (let row = log.userOffsets[user]; row < log.userOffsets[user + 1]; row++) {
      if (length > start && items[length - 1] === log.items[row]) {
        weights[length - 1] = Math.max(weights[length - 1], eventWeight[row])
        continue
      }
      items[length] = log.items[row]
      weights[length] = eventWeight[row]
      users[length] = user
      length++
    }
    userEnds[user] = length
  }
  return { items: items.subarray(0, length), weights, users, userEnds }
}
