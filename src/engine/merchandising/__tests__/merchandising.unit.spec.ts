import type { ScoredItem } from "../../types"
import { applyMerchandisingRules, placePinnedItems } from "../apply-merchandising-rules"
import { ruleSpecificity, selectMerchandisingRules, type MerchandisingRuleInput } from "../rules"

const rule = (
  action: MerchandisingRuleInput["action"],
  product_id: string,
  overrides: Partial<MerchandisingRuleInput> = {}
): MerchandisingRuleInput => ({
  action,
  product_id,
  scope: "all",
  scope_id: null,
  placement: null,
  position: null,
  strength: null,
  ...overrides,
})

const similar = (id: string, score: number): ScoredItem => ({
  id,
  score,
  reasons: [{ type: "similar_to", product_id: "src", similarity: score }],
})

const ranked = [similar("a", 0.9), similar("b", 0.8), similar("c", 0.7), similar("d", 0.6)]
const ids = (items: { id: string }[]) => items.map((item) => item.id)
const products = (rules: MerchandisingRuleInput[]) => rules.map((r) => r.product_id)

/** Applies the rules and places the pins, as the store pipeline does without re-ranking. */
const arrange = (candidates: ScoredItem[], rules: MerchandisingRuleInput[], limit = 10) => {
  const list = applyMerchandisingRules(candidates, rules)
  return placePinnedItems(list.items, list.pinned, limit)
}

describe("selectMerchandisingRules", () => {
  const source = { id: "src", category_ids: ["cat_coffee", "cat_kitchen"] }
  const rules = [
    rule("pin", "p_all", { position: 1 }),
    rule("pin", "p_similar", { position: 1, placement: "similar" }),
    rule("pin", "p_search", { position: 1, placement: "search" }),
    rule("curate", "p_source", { scope: "product", scope_id: "src" }),
    rule("curate", "p_other_source", { scope: "product", scope_id: "other" }),
    rule("curate", "p_kitchen", { scope: "category", scope_id: "cat_kitchen" }),
    rule("curate", "p_garden", { scope: "category", scope_id: "cat_garden" }),
    rule("boost", "src", { strength: 0.5 }),
  ]

  it("gives a product's list the rules of every list, its placement, its source and its categories", () => {
    expect(products(selectMerchandisingRules(rules, { placement: "similar", source }))).toEqual([
      "p_all",
      "p_similar",
      "p_source",
      "p_kitchen",
    ])
  })

  it("gives lists without a source (personalized, search) only the rules for every list", () => {
    expect(products(selectMerchandisingRules(rules, { placement: "search" }))).toEqual([
      "p_all",
      "p_search",
      "src",
    ])
    expect(products(selectMerchandisingRules(rules, { placement: "personalized" }))).toEqual([
      "p_all",
      "src",
    ])
  })

  it("ranks a source product's rule above its category's, above one for every list", () => {
    const all = rule("pin", "x", { position: 1 })
    const allSimilar = rule("pin", "x", { position: 1, placement: "similar" })
    const category = rule("pin", "x", { position: 1, scope: "category", scope_id: "c" })
    const product = rule("pin", "x", { position: 1, scope: "product", scope_id: "s" })
    const order = [all, allSimilar, category, product].map(ruleSpecificity)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(new Set(order).size).toBe(4)
  })
})

describe("applyMerchandisingRules", () => {
  it("leaves the list as it is without rules", () => {
    const list = applyMerchandisingRules(ranked, [])
    expect(list.items).toEqual(ranked)
    expect(list.pinned).toEqual([])
    expect(list.excluded.size).toBe(0)
  })

  it("removes excluded products and remembers them for the top-up", () => {
    const list = applyMerchandisingRules(ranked, [rule("exclude", "b"), rule("exclude", "zz")])
    expect(ids(list.items)).toEqual(["a", "c", "d"])
    expect([...list.excluded].sort()).toEqual(["b", "zz"])
  })

  it("pins a product at its 1-based position with a pinned reason, found by the ranking or not", () => {
    const items = arrange(ranked, [
      rule("pin", "d", { position: 2 }),
      rule("pin", "new", { position: 4 }),
    ])
    expect(ids(items)).toEqual(["a", "d", "b", "new", "c"])
    expect(items[1].reasons).toEqual([
      { type: "pinned", position: 2 },
      { type: "similar_to", product_id: "src", similarity: 0.6 },
    ])
    expect(items[3].reasons).toEqual([{ type: "pinned", position: 4 }])
    // A hand-placed product takes the score of the one whose place it takes: still best first.
    expect(items.map((item) => item.score)).toEqual([0.9, 0.8, 0.8, 0.7, 0.7])
  })

  it("puts a pin past the end of the list last", () => {
    expect(ids(arrange(ranked, [rule("pin", "x", { position: 40 })]))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "x",
    ])
    expect(ids(arrange(ranked, [rule("pin", "x", { position: 40 })], 3))).toEqual(["a", "b", "x"])
    expect(
      ids(
        arrange(ranked, [rule("pin", "y", { position: 50 }), rule("pin", "x", { position: 40 })], 3)
      )
    ).toEqual(["a", "x", "y"])
  })

  it("gives two pins on one position that position and the next, the more specific first", () => {
    const items = arrange(ranked, [
      rule("pin", "x", { position: 2 }),
      rule("pin", "y", { position: 2, scope: "product", scope_id: "src" }),
    ])
    expect(ids(items)).toEqual(["a", "y", "x", "b", "c", "d"])
  })

  it("keeps the lowest positions when pins outnumber the list", () => {
    const pins = [3, 1, 2].map((position) => rule("pin", `p${position}`, { position }))
    expect(ids(arrange(ranked, pins, 2))).toEqual(["p1", "p2"])
    expect(arrange(ranked, pins, 0)).toEqual([])
  })

  it("pins into an empty list with the score 1", () => {
    expect(arrange([], [rule("pin", "x", { position: 3 })])).toEqual([
      { id: "x", score: 1, reasons: [{ type: "pinned", position: 3 }] },
    ])
  })

  it("inserts curated products at their position, or first, in the rules' order", () => {
    const items = arrange(ranked, [
      rule("curate", "first"),
      rule("curate", "third", { position: 3 }),
      rule("curate", "second"),
      rule("curate", "last", { position: 99 }),
      rule("curate", "c", { position: 1 }),
    ])
    // "first" and "c" both claim the first place: the earlier rule takes it, "c" the next one.
    expect(ids(items)).toEqual(["first", "c", "second", "third", "a", "b", "d", "last"])
    expect(items.find((item) => item.id === "third")?.reasons).toEqual([{ type: "curated" }])
    expect(items.find((item) => item.id === "c")?.reasons).toEqual([
      { type: "curated" },
      { type: "similar_to", product_id: "src", similarity: 0.7 },
    ])
    // Scores still read best first, so diversity's relevance keeps the curated places.
    const scores = items.map((item) => item.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it("curates into an empty list with the score 1", () => {
    expect(applyMerchandisingRules([], [rule("curate", "x", { position: 5 })]).items).toEqual([
      { id: "x", score: 1, reasons: [{ type: "curated" }] },
    ])
  })

  it("boosts and buries by strength, keeps scores in [0, 1] and re-sorts", () => {
    const items = arrange(ranked, [
      rule("boost", "c", { strength: 0.15 }),
      rule("bury", "a", { strength: 0.25 }),
      rule("boost", "d", { strength: 1 }),
      rule("bury", "b", { strength: 1 }),
      rule("boost", "absent", { strength: 1 }),
    ])
    expect(items.map(({ id, score }) => [id, score])).toEqual([
      ["d", 1],
      ["c", 0.85],
      ["a", 0.65],
      ["b", 0],
    ])
    expect(items[0].reasons[0]).toEqual({ type: "boosted" })
    expect(items[2].reasons[0]).toEqual({ type: "buried" })
    expect(items[2].reasons).toHaveLength(2)
  })

  it("lets exclude win over pin, curate and boost of the same product", () => {
    const list = applyMerchandisingRules(ranked, [
      rule("pin", "a", { position: 1, scope: "product", scope_id: "src" }),
      rule("curate", "a", { position: 1 }),
      rule("boost", "a", { strength: 1 }),
      rule("exclude", "a"),
    ])
    expect(ids(list.items)).toEqual(["b", "c", "d"])
    expect(list.pinned).toEqual([])
  })

  it("lets pin win over curate, and curate over boost and bury", () => {
    const items = arrange(ranked, [
      rule("curate", "d", { position: 1 }),
      rule("pin", "d", { position: 3 }),
      rule("boost", "c", { strength: 1 }),
      rule("curate", "c", { position: 4 }),
      rule("bury", "c", { strength: 1 }),
    ])
    expect(ids(items)).toEqual(["a", "b", "d", "c"])
    expect(items[2].reasons[0]).toEqual({ type: "pinned", position: 3 })
    expect(items[3].reasons.map((reason) => reason.type)).toEqual(["curated", "similar_to"])
  })

  it("takes the most specific of two rules of a kind on a product, then the later one", () => {
    const specific = arrange(ranked, [
      rule("pin", "x", { position: 1, scope: "category", scope_id: "c" }),
      rule("pin", "x", { position: 4 }),
    ])
    expect(specific.findIndex((item) => item.id === "x")).toBe(0)
    const later = arrange(ranked, [
      rule("pin", "x", { position: 1 }),
      rule("pin", "x", { position: 4 }),
    ])
    expect(later.findIndex((item) => item.id === "x")).toBe(3)
    // Boost and bury compete for one score: the product's bury beats the boost for all lists.
    const shifted = arrange(ranked, [
      rule("boost", "a", { strength: 0.5 }),
      rule("bury", "a", { strength: 0.5, scope: "product", scope_id: "src" }),
    ])
    expect(shifted.map(({ id, score }) => [id, score])).toEqual([
      ["b", 0.8],
      ["c", 0.7],
      ["d", 0.6],
      ["a", 0.4],
    ])
  })
})

describe("placePinnedItems", () => {
  it("leaves a list without pins as it is, cut to the limit", () => {
    expect(placePinnedItems(ranked, [], 3)).toEqual(ranked.slice(0, 3))
  })

  it("keeps pins at their places however the rest was re-ranked", () => {
    const pin = {
      position: 2,
      item: { id: "p", reasons: [{ type: "pinned" as const, position: 2 }] },
    }
    const reordered = [ranked[3], ranked[0], ranked[2], ranked[1]]
    expect(ids(placePinnedItems(reordered, [pin], 4))).toEqual(["d", "p", "a", "c"])
  })
})
