import type { EventWeights, InteractionLog } from "./interaction-log"

/**
 * Each user's distinct items with one weight each, in compressed sparse rows: items of user u are
 * entries offsets[u] .. offsets[u + 1] - 1, ordered by their last interaction (oldest first).
 */
export type UserBaskets = {
  offsets: Uint32Array
  items: Int32Array
  weights: Float32Array
}

export type UserBasketOptions = {
  eventWeights: EventWeights
  /** Events this old (ms before the log's latest event) count half; undefined: no decay. */
  halfLifeMs?: number
  /**
   * Only a user's most recent distinct items count, which bounds the quadratic cost of heavy users
   * (bots, crawlers) in co-occurrence. Infinity keeps everything.
   */
  maxItemsPerUser: number
}

/**
 * A user's weight for an item is the strongest of their events on it (type weight × time decay):
 * the maximum, not the sum, so ten views of one page do not outweigh a purchase.
 */
export function buildUserBaskets(log: InteractionLog, options: UserBasketOptions): UserBaskets {
  const decay =
    options.halfLifeMs === undefined
      ? undefined
      : { halfLifeMs: options.halfLifeMs, now: log.latestTimestamp() }
  const eventWeight = log.eventWeights(options.eventWeights, decay)
  const itemCount = log.vocabulary.size
  const slotOfItem = new Int32Array(itemCount).fill(-1)
  const offsets = new Uint32Array(log.userCount + 1)
  const items = new Int32Array(log.eventCount)
  const weights = new Float32Array(log.eventCount)
  // Per user: walk events newest first, keep the first maxItemsPerUser distinct items, then
  // write them oldest first.
  let longestUser = 0
  for (let user = 0; user < log.userCount; user++) {
    longestUser = Math.max(longestUser, log.userOffsets[user + 1] - log.userOffsets[user])
  }
  const keep = Math.min(options.maxItemsPerUser, longestUser)
  const userItems = new Int32Array(keep)
  const userWeights = new Float32Array(keep)
  let length = 0
  for (let user = 0; user < log.userCount; user++) {
    let distinct = 0
    for (let row = log.userOffsets[user + 1] - 1; row >= log.userOffsets[user]; row--) {
      const item = log.items[row]
      const weight = eventWeight[row]
      const slot = slotOfItem[item]
      if (slot >= 0) {
        if (weight > userWeights[slot]) userWeights[slot] = weight
      } else if (distinct < keep) {
        slotOfItem[item] = distinct
        userItems[distinct] = item
        userWeights[distinct] = weight
        distinct++
      }
    }
    for (let slot = distinct - 1; slot >= 0; slot--) {
      items[length] = userItems[slot]
      weights[length] = userWeights[slot]
      length++
      slotOfItem[userItems[slot]] = -1
    }
    offsets[user + 1] = length
  }
  return { offsets, items: items.slice(0, length), weights: weights.slice(0, length) }
}

/** For each item, the users (baskets) holding it: the transpose of UserBaskets. */
export type ItemPostings = {
  offsets: Uint32Array
  baskets: Int32Array
  /** The item's weight in that basket. */
  weights: Float32Array
}

export function buildItemPostings(baskets: UserBaskets, itemCount: number): ItemPostings {
  const offsets = new Uint32Array(itemCount + 1)
  for (let entry = 0; entry < baskets.items.length; entry++) offsets[baskets.items[entry] + 1]++
  for (let item = 0; item < itemCount; item++) offsets[item + 1] += offsets[item]
  const cursor = offsets.slice(0, itemCount)
  const basketOf = new Int32Array(baskets.items.length)
  const weights = new Float32Array(baskets.items.length)
  for (let basket = 0; basket + 1 < baskets.offsets.length; basket++) {
    for (let entry = baskets.offsets[basket]; entry < baskets.offsets[basket + 1]; entry++) {
      const slot = cursor[baskets.items[entry]]++
      basketOf[slot] = basket
      weights[slot] = baskets.weights[entry]
    }
  }
  return { offsets, baskets: basketOf, weights }
}

/** Σ over baskets of the squared weight of each item: the squared norm of its item vector. */
export function squaredItemNorms(baskets: UserBaskets, itemCount: number): Float64Array {
  const norms = new Float64Array(itemCount)
  for (let entry = 0; entry < baskets.items.length; entry++) {
    norms[baskets.items[entry]] += baskets.weights[entry] * baskets.weights[entry]
  }
  return norms
}
