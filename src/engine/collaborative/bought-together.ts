import type { InteractionLog } from "../interactions/interaction-log"
import type { ItemVocabulary } from "../interactions/item-vocabulary"
import { round } from "../ranking/similar-items"
import type { ItemVectors } from "../semantic/item-vectors"
import { INTERACTION_TYPES, type ItemId, type ItemPredicate, type ScoredItem } from "../types"
import { ItemNeighboursBuilder, RowAccumulator, type ItemNeighbours } from "./item-neighbours"

export type BoughtTogetherOptions = {
  /**
   * What counts as bought together: items of one order, or (when few orders hold several items)
   * items one shopper bought within `windowDays` of each other.
   */
  pairing: { by: "order" } | { by: "shopper"; windowDays: number }
  /** Fewest baskets (orders or shoppers) a pair needs. */
  minSupport: number
  /** Smallest lift a pair needs: 1 means "no more often than chance". */
  minLift: number
  /** Items kept per item. */
  neighbours: number
}

export const DEFAULT_BOUGHT_TOGETHER_OPTIONS: BoughtTogetherOptions = {
  pairing: { by: "order" },
  minSupport: 2,
  minLift: 1,
  neighbours: 20,
}

const PURCHASE = INTERACTION_TYPES.indexOf("purchase")
const DAY_MS = 24 * 3600 * 1000

/**
 * Frequently bought together, from purchases only. With c(a, b) the number of baskets holding
 * both, n(a) the number holding a and N the number of baskets:
 *
 *   confidence(a → b) = c(a, b) / n(a)        lift(a, b) = c(a, b) · N / (n(a) · n(b))
 *
 * Pairs need c ≥ minSupport and lift ≥ minLift (lift drops pairs that only meet because both are
 * bestsellers). Lists are sorted by confidence; `support` holds c(a, b).
 */
export function buildBoughtTogether(
  log: InteractionLog,
  options: BoughtTogetherOptions = DEFAULT_BOUGHT_TOGETHER_OPTIONS
): ItemNeighbours {
  const itemCount = log.vocabulary.size
  const baskets = purchaseBaskets(log, options.pairing)
  const windowMs = options.pairing.by === "shopper" ? options.pairing.windowDays * DAY_MS : Infinity
  const basketCount = baskets.offsets.length - 1

  // n(a): baskets holding a, counting a basket once however often a appears in it.
  const holding = new Float64Array(itemCount)
  const lastBasket = new Int32Array(itemCount).fill(-1)
  const postingOffsets = new Uint32Array(itemCount + 1)
  for (let basket = 0; basket < basketCount; basket++) {
    for (let entry = baskets.offsets[basket]; entry < baskets.offsets[basket + 1]; entry++) {
      const item = baskets.items[entry]
      postingOffsets[item + 1]++
      if (lastBasket[item] !== basket) {
        lastBasket[item] = basket
        holding[item]++
      }
    }
  }
  for (let item = 0; item < itemCount; item++) postingOffsets[item + 1] += postingOffsets[item]
  const cursor = postingOffsets.slice(0, itemCount)
  const postings = new Int32Array(baskets.items.length)
  const postingBasket = new Int32Array(baskets.items.length)
  for (let basket = 0; basket < basketCount; basket++) {
    for (let entry = baskets.offsets[basket]; entry < baskets.offsets[basket + 1]; entry++) {
      const slot = cursor[baskets.items[entry]]++
      postings[slot] = entry
      postingBasket[slot] = basket
    }
  }

  const row = new RowAccumulator(itemCount, options.neighbours)
  const builder = new ItemNeighboursBuilder(itemCount, options.neighbours)
  for (let item = 0; item < itemCount; item++) {
    for (let posting = postingOffsets[item]; posting < postingOffsets[item + 1]; posting++) {
      const entry = postings[posting]
      const basket = postingBasket[posting]
      const time = baskets.times[entry]
      // Baskets are time-ordered: walk outwards from the item while inside the window.
      for (let other = entry - 1; other >= baskets.offsets[basket]; other--) {
        if (time - baskets.times[other] > windowMs) break
        if (baskets.items[other] !== item) row.add(baskets.items[other], 1, basket)
      }
      for (let other = entry + 1; other < baskets.offsets[basket + 1]; other++) {
        if (baskets.times[other] - time > windowMs) break
        if (baskets.items[other] !== item) row.add(baskets.items[other], 1, basket)
      }
    }
    for (let i = 0; i < row.touchedCount; i++) {
      const other = row.touched[i]
      const together = row.support[other]
      const lift = (together * basketCount) / (holding[item] * holding[other])
      const passes = together >= options.minSupport && lift >= options.minLift
      row.score[other] = passes ? together / holding[item] : 0
    }
    row.emitRow(builder)
  }
  return builder.build()
}

/** Purchase events grouped into baskets (orders, or shoppers), each ordered by time. */
function purchaseBaskets(log: InteractionLog, pairing: BoughtTogetherOptions["pairing"]) {
  const userOfRow = new Int32Array(log.eventCount)
  for (let user = 0; user < log.userCount; user++) {
    userOfRow.fill(user, log.userOffsets[user], log.userOffsets[user + 1])
  }
  const keyOf = (row: number) => (pairing.by === "order" ? log.orders[row] : userOfRow[row])
  const keyCount = pairing.by === "order" ? log.orderIds.length : log.userCount
  const offsets = new Uint32Array(keyCount + 1)
  for (let row = 0; row < log.eventCount; row++) {
    if (log.types[row] === PURCHASE && keyOf(row) >= 0) offsets[keyOf(row) + 1]++
  }
  for (let key = 0; key < keyCount; key++) offsets[key + 1] += offsets[key]
  const cursor = offsets.slice(0, keyCount)
  const items = new Int32Array(offsets[keyCount])
  const times = new Float64Array(offsets[keyCount])
  // Log rows are time-ordered within a user and orders belong to one user, so baskets come out
  // time-ordered too.
  for (let row = 0; row < log.eventCount; row++) {
    if (log.types[row] !== PURCHASE || keyOf(row) < 0) continue
    const slot = cursor[keyOf(row)]++
    items[slot] = log.items[row]
    times[slot] = log.timestamps[row]
  }
  return { offsets, items, times }
}

export type BoughtTogetherQuery = {
  limit: number
  isAllowed?: ItemPredicate
  /**
   * Holds back near-duplicates of the source or of an item already picked (another size or shade
   * of the same product): see nearDuplicateBySimilarity.
   */
  isNearDuplicate?: (a: ItemId, b: ItemId) => boolean
}

/** The items most often bought with `sourceId`, best first, scored by confidence. */
export function frequentlyBoughtTogether(
  boughtTogether: ItemNeighbours,
  vocabulary: ItemVocabulary,
  sourceId: ItemId,
  query: BoughtTogetherQuery
): ScoredItem[] {
  const result: ScoredItem[] = []
  for (const neighbour of boughtTogether.of(vocabulary, sourceId)) {
    if (result.length >= query.limit) break
    if (query.isAllowed && !query.isAllowed(neighbour.id)) continue
    const duplicate = query.isNearDuplicate
    if (
      duplicate &&
      (duplicate(sourceId, neighbour.id) || result.some((r) => duplicate(r.id, neighbour.id)))
    ) {
      continue
    }
    result.push({
      id: neighbour.id,
      score: round(neighbour.score),
      reasons: [{ type: "bought_together", product_id: sourceId, count: neighbour.support }],
    })
  }
  return result
}

/**
 * A near-duplicate test for frequentlyBoughtTogether: embedding cosine at least `threshold`
 * and, when given, `sameGroup` true (same product type, say).
 */
export function nearDuplicateBySimilarity(
  vectors: ItemVectors,
  threshold: number,
  sameGroup?: (a: ItemId, b: ItemId) => boolean
): (a: ItemId, b: ItemId) => boolean {
  return (a, b) => vectors.cosineById(a, b) >= threshold && (!sameGroup || sameGroup(a, b))
}
