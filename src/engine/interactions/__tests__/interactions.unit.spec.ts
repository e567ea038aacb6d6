import type { Interaction } from "../../types"
import { InteractionLog } from "../interaction-log"
import { ItemVocabulary } from "../item-vocabulary"
import { buildItemPostings, buildUserBaskets, squaredItemNorms } from "../user-baskets"

const DAY = 24 * 3600 * 1000
const event = (
  user_id: string,
  item_id: string,
  day: number,
  type: Interaction["type"] = "purchase",
  order_id?: string
): Interaction => ({ user_id, item_id, type, quantity: 1, timestamp: day * DAY, order_id })

describe("ItemVocabulary", () => {
  it("maps ids to dense indices and back", () => {
    const vocabulary = ItemVocabulary.from(["a", "b", "a"])
    expect(vocabulary.size).toBe(2)
    expect(vocabulary.indexOf("b")).toBe(1)
    expect(vocabulary.indexOf("zz")).toBe(-1)
    expect(vocabulary.idAt(0)).toBe("a")
    expect(() => vocabulary.idAt(5)).toThrow(RangeError)
  })
})

describe("InteractionLog", () => {
  it("groups events by user and orders them by time, ties in input order", () => {
    const log = InteractionLog.build([
      event("u1", "b", 2),
      event("u2", "a", 1, "view"),
      event("u1", "a", 1, "add_to_cart", "o1"),
      event("u1", "c", 2),
    ])
    expect(log.userIds).toEqual(["u1", "u2"])
    expect(Array.from(log.userOffsets)).toEqual([0, 3, 4])
    const ids = Array.from(log.items, (item) => log.vocabulary.idAt(item))
    expect(ids).toEqual(["a", "b", "c", "a"])
    expect(Array.from(log.orders)).toEqual([0, -1, -1, -1])
    expect(log.orderIds).toEqual(["o1"])
    expect(log.latestTimestamp()).toBe(2 * DAY)
  })

  it("weighs events by type and halves them every half-life", () => {
    const log = InteractionLog.build([event("u", "a", 0, "view"), event("u", "b", 10)])
    const weights = log.eventWeights(
      { view: 0.25, add_to_cart: 0.5, purchase: 1, recommendation_click: 0.25 },
      { halfLifeMs: 10 * DAY, now: 10 * DAY }
    )
    expect(Array.from(weights)).toEqual([0.125, 1])
  })

  it("rejects unknown event types", () => {
    const bad = { ...event("u", "a", 0), type: "like" } as unknown as Interaction
    expect(() => InteractionLog.build([bad])).toThrow(/Unknown event type/)
  })
})

describe("buildUserBaskets", () => {
  const weights = { view: 0.25, add_to_cart: 0.5, purchase: 1, recommendation_click: 0.25 }

  it("keeps each user's strongest event per item and their most recent items", () => {
    const log = InteractionLog.build([
      event("u", "a", 0, "view"),
      event("u", "a", 1),
      event("u", "b", 2, "view"),
      event("u", "c", 3, "add_to_cart"),
    ])
    const baskets = buildUserBaskets(log, { eventWeights: weights, maxItemsPerUser: 2 })
    const ids = Array.from(baskets.items, (item) => log.vocabulary.idAt(item))
    expect(ids).toEqual(["b", "c"])
    expect(Array.from(baskets.weights)).toEqual([0.25, 0.5])

    const all = buildUserBaskets(log, { eventWeights: weights, maxItemsPerUser: Infinity })
    expect(Array.from(all.weights)).toEqual([1, 0.25, 0.5])
    expect(Array.from(squaredItemNorms(all, 3))).toEqual([1, 0.0625, 0.25])
    const postings = buildItemPostings(all, 3)
    expect(Array.from(postings.offsets)).toEqual([0, 1, 2, 3])
  })
})
