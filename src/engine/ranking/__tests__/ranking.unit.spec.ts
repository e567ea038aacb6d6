import { appendFallback, rankFallbackItems, type CatalogItem } from "../fallback"
import { rankSimilarItems } from "../similar-items"

const day = (n: number) => new Date(Date.UTC(2026, 0, n))
const item = (id: string, overrides: Partial<CatalogItem> = {}): CatalogItem => ({
  id,
  category_ids: [],
  collection_id: null,
  type_id: null,
  created_at: day(1),
  ...overrides,
})

describe("rankSimilarItems", () => {
  it("scores hits by similarity clamped to [0, 1] and names the source", () => {
    const ranked = rankSimilarItems("src", [
      { id: "a", similarity: 0.812345 },
      { id: "src", similarity: 1 },
      { id: "b", similarity: -0.2 },
    ])
    expect(ranked).toEqual([
      {
        id: "a",
        score: 0.8123,
        reasons: [{ type: "similar_to", product_id: "src", similarity: 0.8123 }],
      },
      { id: "b", score: 0, reasons: [{ type: "similar_to", product_id: "src", similarity: -0.2 }] },
    ])
  })
})

describe("rankFallbackItems", () => {
  const source = item("src", { category_ids: ["c1", "c2"], collection_id: "col", type_id: "t" })

  it("ranks shared categories, then collection, then type, newest first on ties", () => {
    const ranked = rankFallbackItems(
      source,
      [
        item("old-unrelated", { created_at: day(1) }),
        item("new-unrelated", { created_at: day(9) }),
        item("same-type", { type_id: "t" }),
        item("same-collection", { collection_id: "col" }),
        item("one-category", { category_ids: ["c1"] }),
        item("both-categories", { category_ids: ["c2", "c1", "c3"] }),
        item("src", { category_ids: ["c1", "c2"] }),
      ],
      "source_not_embedded"
    )
    expect(ranked.map((r) => r.id)).toEqual([
      "both-categories",
      "one-category",
      "same-collection",
      "same-type",
      "new-unrelated",
      "old-unrelated",
    ])
    expect(ranked[0]).toEqual({
      id: "both-categories",
      score: 0.6,
      reasons: [
        { type: "fallback", cause: "source_not_embedded" },
        { type: "same_category", category_ids: ["c2", "c1"] },
      ],
    })
    expect(ranked[1].score).toBe(0.3)
    expect(ranked[4].reasons).toEqual([
      { type: "fallback", cause: "source_not_embedded" },
      { type: "newest" },
    ])
  })

  it("weighs the catalog signals as given, divided by their sum", () => {
    const candidates = [
      item("same-type", { type_id: "t" }),
      item("same-collection", { collection_id: "col" }),
      item("one-category", { category_ids: ["c1"] }),
    ]
    const ranked = rankFallbackItems(source, candidates, "not_enough_similar_items", {
      category: 0,
      collection: 1,
      type: 3,
    })
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ["same-type", 0.75],
      ["same-collection", 0.25],
      ["one-category", 0],
    ])
  })
})

describe("appendFallback", () => {
  it("tops up to the limit, skips duplicates and keeps scores descending", () => {
    const primary = [
      { id: "a", score: 0.9, reasons: [] },
      { id: "b", score: 0.5, reasons: [] },
    ]
    const fallback = [
      { id: "b", score: 0.9, reasons: [] },
      { id: "c", score: 0.8, reasons: [] },
      { id: "d", score: 0.2, reasons: [] },
      { id: "e", score: 0.1, reasons: [] },
    ]
    const merged = appendFallback(primary, fallback, 4)
    expect(merged.map((m) => m.id)).toEqual(["a", "b", "c", "d"])
    expect(merged.map((m) => m.score)).toEqual([0.9, 0.5, 0.4, 0.1])
  })

  it("cuts the primary list to the limit", () => {
    const primary = [1, 2, 3].map((n) => ({ id: `p${n}`, score: 1 / n, reasons: [] }))
    expect(appendFallback(primary, [], 2).map((m) => m.id)).toEqual(["p1", "p2"])
  })
})
