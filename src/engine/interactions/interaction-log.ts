import { INTERACTION_TYPES, type Interaction, type InteractionType } from "../types"
import { ItemVocabulary } from "./item-vocabulary"

/** How much each kind of event says about a shopper's interest, relative to a purchase. */
export type EventWeights = Record<InteractionType, number>

/**
 * A purchase is the strongest signal; a click on one of our own recommendations counts like a view
 * and no more, so the recommender does not feed on its own output.
 */
export const DEFAULT_EVENT_WEIGHTS: EventWeights = {
  purchase: 1,
  add_to_cart: 0.5,
  view: 0.25,
  recommendation_click: 0.25,
}

const TYPE_CODE = new Map<InteractionType, number>(INTERACTION_TYPES.map((type, i) => [type, i]))

/**
 * Interactions in columnar typed arrays, grouped by user and ordered by time within a user (ties
 * keep the input order, so callers can pre-sort by a sequence position). Items are vocabulary
 * indices. Built once from any iterable; every model reads it without allocating per event.
 */
export class InteractionLog {
  /** User ids, in the order users first appear. */
  readonly userIds: readonly string[]
  /** Events of user u are rows userOffsets[u] .. userOffsets[u + 1] - 1. */
  readonly userOffsets: Uint32Array
  readonly items: Int32Array
  /** Index into INTERACTION_TYPES. */
  readonly types: Uint8Array
  readonly timestamps: Float64Array
  /** Index into orderIds, or -1 for events outside an order. */
  readonly orders: Int32Array
  readonly orderIds: readonly string[]

  private constructor(
    readonly vocabulary: ItemVocabulary,
    columns: Pick<
      InteractionLog,
      "userIds" | "userOffsets" | "items" | "types" | "timestamps" | "orders" | "orderIds"
    >
  ) {
    this.userIds = columns.userIds
    this.userOffsets = columns.userOffsets
    this.items = columns.items
    this.types = columns.types
    this.timestamps = columns.timestamps
    this.orders = columns.orders
    this.orderIds = columns.orderIds
  }

  /**
   * Builds the log. Items missing from `vocabulary` are added to it; pass a vocabulary holding the
   * catalog so that every catalog item has an index, interacted or not.
   */
  static build(
    interactions: Iterable<Interaction>,
    vocabulary: ItemVocabulary = new ItemVocabulary()
  ): InteractionLog {
    const userIndex = new Map<string, number>()
    const orderIndex = new Map<string, number>()
    const eventUsers: number[] = []
    const eventItems: number[] = []
    const eventTypes: number[] = []
    const eventTimes: number[] = []
    const eventOrders: number[] = []
    for (const interaction of interactions) {
      const typeCode = TYPE_CODE.get(interaction.type)
      if (typeCode === undefined) throw new RangeError(`Unknown event type ${interaction.type}`)
      let user = userIndex.get(interaction.user_id)
      if (user === undefined) userIndex.set(interaction.user_id, (user = userIndex.size))
      let order = -1
      if (interaction.order_id !== undefined) {
        order = orderIndex.get(interaction.order_id) ?? orderIndex.size
        orderIndex.set(interaction.order_id, order)
      }
      eventUsers.push(user)
      eventItems.push(vocabulary.add(interaction.item_id))
      eventTypes.push(typeCode)
      eventTimes.push(interaction.timestamp)
      eventOrders.push(order)
    }

    // Counting sort by user, then a stable sort by time inside each user's (short) slice.
    const userCount = userIndex.size
    const userOffsets = new Uint32Array(userCount + 1)
    for (const user of eventUsers) userOffsets[user + 1]++
    for (let u = 0; u < userCount; u++) userOffsets[u + 1] += userOffsets[u]
    const cursor = userOffsets.slice(0, userCount)
    const rowOfEvent = new Uint32Array(eventUsers.length)
    for (let event = 0; event < eventUsers.length; event++) {
      rowOfEvent[cursor[eventUsers[event]]++] = event
    }
    for (let u = 0; u < userCount; u++) {
      const slice = rowOfEvent.subarray(userOffsets[u], userOffsets[u + 1])
      if (!isSortedByTime(slice, eventTimes)) {
        const sorted = Array.from(slice).sort((a, b) => eventTimes[a] - eventTimes[b] || a - b)
        slice.set(sorted)
      }
    }

    const pick = <T extends Int32Array | Uint8Array | Float64Array>(out: T, column: number[]) => {
      rowOfEvent.forEach((event, row) => (out[row] = column[event]))
      return out
    }
    const n = eventUsers.length
    return new InteractionLog(vocabulary, {
      userIds: [...userIndex.keys()],
      userOffsets,
      items: pick(new Int32Array(n), eventItems),
      types: pick(new Uint8Array(n), eventTypes),
      timestamps: pick(new Float64Array(n), eventTimes),
      orders: pick(new Int32Array(n), eventOrders),
      orderIds: [...orderIndex.keys()],
    })
  }

  get userCount(): number {
    return this.userIds.length
  }

  get eventCount(): number {
    return this.items.length
  }

  /** The latest timestamp in the log (0 when empty): the default "now" for time decay. */
  latestTimestamp(): number {
    let latest = 0
    for (let row = 0; row < this.timestamps.length; row++) {
      if (this.timestamps[row] > latest) latest = this.timestamps[row]
    }
    return latest
  }

  /** The weight of each event: its type's weight, halved every `halfLifeMs` before `now`. */
  eventWeights(weights: EventWeights, decay?: TimeDecay): Float32Array {
    const byType = INTERACTION_TYPES.map((type) => weights[type])
    const out = new Float32Array(this.eventCount)
    for (let row = 0; row < out.length; row++) {
      out[row] = byType[this.types[row]] * decayFactor(this.timestamps[row], decay)
    }
    return out
  }
}

/** Exponential time decay: an event `halfLifeMs` older than `now` counts half. */
export type TimeDecay = { halfLifeMs: number; now: number }

function decayFactor(timestamp: number, decay: TimeDecay | undefined): number {
  if (!decay) return 1
  const age = Math.max(0, decay.now - timestamp)
  return Math.pow(0.5, age / decay.halfLifeMs)
}

function isSortedByTime(rows: Uint32Array, times: number[]): boolean {
  for (let i = 1; i < rows.length; i++) if (times[rows[i]] < times[rows[i - 1]]) return false
  return true
}
