import { InteractionLog } from "../../interactions/interaction-log"
import { ItemVocabulary } from "../../interactions/item-vocabulary"
import type { Interaction } from "../../types"
import { buildBoughtTogether, frequentlyBoughtTogether } from "../bought-together"
import { buildCoOccurrenceNeighbours } from "../co-occurrence"
import { ItemNeighboursBuilder, type ItemNeighbours } from "../item-neighbours"
import { buildPopularity, normalizePopularity, rankPopular } from "../popularity"
import { TopKSelector } from "../top-k"
import { buildTransitionNeighbours } from "../transitions"

const DAY = 24 * 3600 * 1000
const WEIGHTS = { purchase: 1, add_to_cart: 0.5, view: 0.25, recommendation_click: 0.25 }
const event = (
  user_id: string,
  item_id: string,
  day = 0,
  type: Interaction["type"] = "purchase",
  order_id?: string
): Interaction => ({ user_id, item_id, type, quantity: 1, timestamp: day * DAY, order_id })

/** Row of an item as [neighbour id, score rounded to 5 digits, support]. */
function row(neighbours: ItemNeighbours, log: InteractionLog, id: string) {
  return neighbours.of(log.vocabulary, id).map((n) => [n.id, round5(n.score), n.support])
}
const round5 = (value: number) => Math.round(value * 1e5) / 1e5

describe("TopKSelector", () => {
  it("keeps the k best, ties to the lower index, and drains best first", () => {
    const selector = new TopKSelector(3)
    ;[0.5, 0.9, 0.1, 0.9, 0.7].forEach((score, index) => selector.offer(index, score))
    expect(selector.wouldAccept(9, 0.6)).toBe(false)
    expect(selector.wouldAccept(9, 0.8)).toBe(true)
    const indices = new Int32Array(3)
    const scores = new Float64Array(3)
    expect(selector.drain(indices, scores)).toBe(3)
    expect(Array.from(indices)).toEqual([1, 3, 4])
    expect(Array.from(scores)).toEqual([0.9, 0.9, 0.7])
    expect(selector.size).toBe(0)
  })
})

describe("ItemNeighbours", () => {
  it("truncates rows to their best entries", () => {
    const builder = new ItemNeighboursBuilder(2, 2)
    builder.push(1, 0.9, 3)
    builder.endRow()
    builder.push(0, 0.9, 3)
    builder.push(0, 0.1, 1)
    const neighbours = builder.build().truncated(1)
    expect(Array.from(neighbours.offsets)).toEqual([0, 1, 2])
    expect(Array.from(neighbours.support)).toEqual([3, 3])
  })
})

describe("ItemNeighbours.sharpened", () => {
  it("raises scores to a power, negative ones to 0, keeping order and support", () => {
    const builder = new ItemNeighboursBuilder(1, 3)
    builder.push(1, 0.9, 2)
    builder.push(2, 0.5, 1)
    builder.push(3, -0.2, 0)
    const sharpened = builder.build().sharpened(2)
    expect(Array.from(sharpened.scores).map(round5)).toEqual([0.81, 0.25, 0])
    expect(Array.from(sharpened.support)).toEqual([2, 1, 0])
  })
})

describe("buildCoOccurrenceNeighbours", () => {
  it("computes the shrunk cosine of a hand-checked co-occurrence matrix", () => {
    // u1: A B C, u2: A B, u3: B C  ->  n = (A 2, B 3, C 2), co(A,B) 2, co(A,C) 1, co(B,C) 2.
    const log = InteractionLog.build(
      [
        ["u1", "A"],
        ["u1", "B"],
        ["u1", "C"],
        ["u2", "A"],
        ["u2", "B"],
        ["u3", "B"],
        ["u3", "C"],
      ].map(([user, item]) => event(user, item))
    )
    const cf = buildCoOccurrenceNeighbours(log, {
      eventWeights: WEIGHTS,
      maxItemsPerUser: Infinity,
      neighbours: 10,
      shrinkage: 1,
    })
    const ab = round5(2 / (Math.sqrt(6) + 1)) // 0.5798
    expect(row(cf, log, "A")).toEqual([
      ["B", ab, 2],
      ["C", round5(1 / 3), 1], // 1 / (√4 + 1)
    ])
    expect(row(cf, log, "B")).toEqual([
      ["A", ab, 2],
      ["C", ab, 2],
    ])
    expect(row(cf, log, "C")).toEqual([
      ["B", ab, 2],
      ["A", round5(1 / 3), 1],
    ])
  })

  it("weighs events by type and time decay", () => {
    // u1: A on day 0, B on day 10; u2: A, C on day 10; half-life 10 days:
    // r = u1 (A 0.5, B 1), u2 (A 1, C 1), n_A = 1.25 -> sim(A,B) = 0.5/√1.25, sim(A,C) = 1/√1.25.
    const log = InteractionLog.build([
      event("u1", "A", 0),
      event("u1", "B", 10),
      event("u2", "A", 10),
      event("u2", "C", 10, "view"),
    ])
    const cf = buildCoOccurrenceNeighbours(log, {
      eventWeights: { ...WEIGHTS, view: 1 },
      halfLifeMs: 10 * DAY,
      maxItemsPerUser: Infinity,
      neighbours: 10,
      shrinkage: 0,
    })
    expect(row(cf, log, "A")).toEqual([
      ["C", round5(1 / Math.sqrt(1.25)), 1],
      ["B", round5(0.5 / Math.sqrt(1.25)), 1],
    ])
  })

  it("keeps only the requested number of neighbours", () => {
    const log = InteractionLog.build(["A", "B", "C", "D"].map((item) => event("u", item)))
    const cf = buildCoOccurrenceNeighbours(log, {
      eventWeights: WEIGHTS,
      maxItemsPerUser: Infinity,
      neighbours: 2,
      shrinkage: 0,
    })
    expect(row(cf, log, "A").map(([id]) => id)).toEqual(["B", "C"])
  })
})

describe("buildTransitionNeighbours", () => {
  it("counts what follows within the window, decayed by the gap", () => {
    // u1: A B C, u2: A C; window 2, gap decay 0.5:
    // t(A→B) 1, t(A→C) 0.5 + 1, t(B→C) 1; n = (A 2, B 1, C 2).
    const log = InteractionLog.build(
      [
        ["u1", "A"],
        ["u1", "B"],
        ["u1", "C"],
        ["u2", "A"],
        ["u2", "C"],
      ].map(([user, item], i) => event(user, item, i))
    )
    const next = buildTransitionNeighbours(log, {
      eventWeights: WEIGHTS,
      window: 2,
      gapDecay: 0.5,
      neighbours: 10,
      shrinkage: 0,
    })
    expect(row(next, log, "A")).toEqual([
      ["C", 0.75, 2], // 1.5 / √(2·2)
      ["B", round5(1 / Math.sqrt(2)), 1],
    ])
    expect(row(next, log, "B")).toEqual([["C", round5(1 / Math.sqrt(2)), 1]])
    expect(row(next, log, "C")).toEqual([])
  })

  it("collapses consecutive repeats of an item", () => {
    const log = InteractionLog.build(
      ["A", "A", "A", "B"].map((item, i) => event("u", item, i, "view"))
    )
    const next = buildTransitionNeighbours(log, {
      eventWeights: WEIGHTS,
      window: 1,
      gapDecay: 1,
      neighbours: 10,
      shrinkage: 0,
    })
    expect(row(next, log, "A")).toEqual([["B", 1, 1]])
  })
})

describe("popularity", () => {
  const log = InteractionLog.build(
    [event("u1", "A"), event("u1", "A"), event("u2", "A"), event("u2", "B", 0, "view")],
    ItemVocabulary.from(["A", "B", "C"])
  )

  it("counts each shopper once per item, by their strongest event", () => {
    expect(Array.from(buildPopularity(log))).toEqual([2, 0.25, 0])
  })

  it("decays with a half-life (trending)", () => {
    const recent = InteractionLog.build([event("u1", "A", 0), event("u2", "B", 7)])
    const trending = buildPopularity(recent, { eventWeights: WEIGHTS, halfLifeMs: 7 * DAY })
    expect(Array.from(trending)).toEqual([0.5, 1])
  })

  it("normalizes with log damping and ranks allowed items", () => {
    const normalized = normalizePopularity(new Float64Array([3, 1, 0]))
    expect(Array.from(normalized).map(round5)).toEqual([1, 0.5, 0]) // log 2 / log 4
    const ranked = rankPopular(buildPopularity(log), log.vocabulary, {
      limit: 5,
      reason: "trending",
      isAllowed: (id) => id !== "A",
    })
    const score = 0.2031 // log(1.25) / log(3)
    expect(ranked).toEqual([
      { id: "B", score, reasons: [{ type: "trending" }], components: { popularity: score } },
    ])
  })
})

describe("buildBoughtTogether", () => {
  it("scores pairs in one order by confidence, dropping pairs under the lift", () => {
    // o1: A B, o2: A B C, o3: A D, o4: C. N 4; n = A 3, B 2, C 2, D 1.
    // lift(A,B) 4/3, lift(A,C) 2/3 (dropped), lift(A,D) 4/3, lift(B,C) 1.
    const orders: [string, string[]][] = [
      ["o1", ["A", "B"]],
      ["o2", ["A", "B", "C"]],
      ["o3", ["A", "D"]],
      ["o4", ["C"]],
    ]
    const log = InteractionLog.build(
      orders.flatMap(([order, items]) =>
        items.map((item) => event(`u-${order}`, item, 0, "purchase", order))
      )
    )
    const together = buildBoughtTogether(log, {
      pairing: { by: "order" },
      minSupport: 1,
      minLift: 1,
      neighbours: 10,
    })
    expect(row(together, log, "A")).toEqual([
      ["B", round5(2 / 3), 2],
      ["D", round5(1 / 3), 1],
    ])
    expect(row(together, log, "B")).toEqual([
      ["A", 1, 2],
      ["C", 0.5, 1],
    ])
    expect(row(together, log, "C")).toEqual([["B", 0.5, 1]])

    const strict = buildBoughtTogether(log, {
      pairing: { by: "order" },
      minSupport: 2,
      minLift: 1,
      neighbours: 10,
    })
    expect(row(strict, log, "A")).toEqual([["B", round5(2 / 3), 2]])
  })

  it("pairs one shopper's purchases within the window in relaxed mode", () => {
    const log = InteractionLog.build([
      event("u1", "A", 0),
      event("u1", "B", 1),
      event("u1", "C", 10),
      event("u2", "A", 5),
      event("u2", "B", 5),
      event("u2", "D", 6, "view"),
    ])
    const together = buildBoughtTogether(log, {
      pairing: { by: "shopper", windowDays: 2 },
      minSupport: 1,
      minLift: 1,
      neighbours: 10,
    })
    expect(row(together, log, "A")).toEqual([["B", 1, 2]])
    expect(row(together, log, "C")).toEqual([])
  })

  it("holds back near-duplicates and disallowed items when queried", () => {
    const log = InteractionLog.build(
      ["A", "B", "B2", "C"].map((item) => event("u", item, 0, "purchase", "o1"))
    )
    const together = buildBoughtTogether(log, {
      pairing: { by: "order" },
      minSupport: 1,
      minLift: 0,
      neighbours: 10,
    })
    const result = frequentlyBoughtTogether(together, log.vocabulary, "A", {
      limit: 5,
      isAllowed: (id) => id !== "C",
      isNearDuplicate: (a, b) => [a, b].sort().join() === "B,B2",
    })
    expect(result).toEqual([
      { id: "B", score: 1, reasons: [{ type: "bought_together", product_id: "A", count: 1 }] },
    ])
  })
})
