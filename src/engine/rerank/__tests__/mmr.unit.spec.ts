import type { ScoredItem } from "../../types"
import { capPerCategory, rerankMmr } from "../mmr"

const item = (id: string, score: number): ScoredItem => ({ id, score, reasons: [] })
const SIMILARITY: Record<string, number> = { "a,b": 0.9, "a,c": 0.1, "b,c": 0.2 }
const similarity = (x: string, y: string) => SIMILARITY[[x, y].sort().join()] ?? 0
const candidates = [item("a", 1), item("b", 0.9), item("c", 0.5)]

describe("rerankMmr", () => {
  it("pushes a near-duplicate down (λ = 0.5, hand-computed)", () => {
    // Pick 1: a (0.5·1 beats 0.5·0.9 and 0.5·0.5).
    // Pick 2: b = 0.5·0.9 − 0.5·0.9 = 0; c = 0.5·0.5 − 0.5·0.1 = 0.2 → c. Then b.
    const ranked = rerankMmr(candidates, { limit: 3, lambda: 0.5, similarity })
    expect(ranked.map((r) => r.id)).toEqual(["a", "c", "b"])
    expect(ranked[1]).toBe(candidates[2])
  })

  it("keeps the best `keepTop` items in place before diversifying", () => {
    // keepTop 2: a, b stay; c is all that is left.
    const ranked = rerankMmr(candidates, { limit: 3, lambda: 0.5, keepTop: 2, similarity })
    expect(ranked.map((r) => r.id)).toEqual(["a", "b", "c"])
  })

  it("keeps the input order at λ = 1 and stops at the limit", () => {
    const ranked = rerankMmr(candidates, { limit: 2, lambda: 1, similarity })
    expect(ranked.map((r) => r.id)).toEqual(["a", "b"])
  })

  it("applies a strict per-category cap", () => {
    const category: Record<string, string> = { a: "nails", b: "nails", c: "hair" }
    const ranked = rerankMmr(candidates, {
      limit: 3,
      lambda: 1,
      similarity,
      categoryOf: (id) => category[id],
      maxPerCategory: 1,
    })
    expect(ranked.map((r) => r.id)).toEqual(["a", "c"])
  })

  it("rejects λ outside [0, 1]", () => {
    expect(() => rerankMmr(candidates, { limit: 1, lambda: 1.5, similarity })).toThrow(RangeError)
  })
})

describe("capPerCategory", () => {
  it("keeps the given order (not the scores) and skips items of full categories", () => {
    const category: Record<string, string> = { a: "nails", b: "nails", c: "hair", d: "nails" }
    const list = [item("c", 0.2), item("a", 1), item("b", 0.9), item("d", 0.5), item("e", 0.1)]
    const capped = capPerCategory(list, {
      limit: 3,
      categoryOf: (id) => category[id],
      maxPerCategory: 1,
    })
    expect(capped.map((r) => r.id)).toEqual(["c", "a", "e"])
  })
})
