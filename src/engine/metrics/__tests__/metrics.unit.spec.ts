import { catalogCoverage, intraListDiversity } from "../beyond-accuracy"
import { hitRateAtK, mrrAtK, ndcgAtK } from "../ranking-metrics"
import { computeMetrics, METRICS } from "../registry"

describe("ranking metrics", () => {
  it("reproduces the Wikipedia DCG example: nDCG@6 = 0.785", () => {
    // Six ranked documents with gains 3, 2, 3, 0, 1, 2, and two unranked relevant ones (3, 2),
    // so the ideal list is 3, 3, 3, 2, 2, 2: DCG 6.861, IDCG 8.740.
    const relevance = new Map([
      ["d1", 3],
      ["d2", 2],
      ["d3", 3],
      ["d5", 1],
      ["d6", 2],
      ["d7", 3],
      ["d8", 2],
    ])
    const ranked = ["d1", "d2", "d3", "d4", "d5", "d6"]
    expect(ndcgAtK(relevance, ranked, 6)).toBeCloseTo(6.861 / 8.74, 3)
    expect(ndcgAtK(relevance, ranked, 6)).toBeCloseTo(0.785, 3)
  })

  it("scores one held-out item at rank 3: HR 1, NDCG 1/log2(4) = 0.5, MRR 1/3", () => {
    const relevant = new Set(["x"])
    const ranked = ["a", "b", "x", "c"]
    expect(hitRateAtK(relevant, ranked, 3)).toBe(1)
    expect(ndcgAtK(relevant, ranked, 3)).toBeCloseTo(0.5, 12)
    expect(mrrAtK(relevant, ranked, 3)).toBeCloseTo(1 / 3, 12)
  })

  it("gives 0 when the item is below the cut-off or nothing is relevant", () => {
    const ranked = ["a", "b", "x"]
    expect(hitRateAtK(new Set(["x"]), ranked, 2)).toBe(0)
    expect(ndcgAtK(new Set(["x"]), ranked, 2)).toBe(0)
    expect(mrrAtK(new Set(["x"]), ranked, 2)).toBe(0)
    expect(ndcgAtK(new Set(), ranked, 3)).toBe(0)
  })
})

describe("beyond-accuracy metrics", () => {
  it("coverage counts distinct items in the top K over the catalog", () => {
    const lists = [
      ["a", "b", "z"],
      ["b", "c", "y"],
    ]
    expect(catalogCoverage(lists, 10, 2)).toBeCloseTo(3 / 10, 12)
  })

  it("intra-list diversity is 1 - mean pairwise similarity", () => {
    const similarity = (a: string, b: string) => ([a, b].sort().join() === "a,b" ? 0.9 : 0.3)
    // pairs: ab 0.9, ac 0.3, bc 0.3 -> mean 0.5
    expect(intraListDiversity(["a", "b", "c"], similarity, 3)).toBeCloseTo(0.5, 12)
    expect(intraListDiversity(["a"], similarity, 3)).toBe(0)
  })
})

describe("metric registry", () => {
  it("averages per-list metrics over shoppers and labels them with K", () => {
    const lists = [
      { relevant: new Set(["x"]), ranked: ["x", "a"] },
      { relevant: new Set(["y"]), ranked: ["a", "b"] },
    ]
    const metrics = computeMetrics(["hr", "ndcg", "mrr", "coverage"], {
      lists,
      k: 2,
      catalogSize: 4,
    })
    expect(metrics).toEqual({ "hr@2": 0.5, "ndcg@2": 0.5, "mrr@2": 0.5, coverage: 0.75 })
  })

  it("refuses to compute diversity without a similarity", () => {
    expect(METRICS.intra_list_diversity.needsSimilarity).toBe(true)
    expect(() =>
      computeMetrics(["intra_list_diversity"], { lists: [], k: 10, catalogSize: 1 })
    ).toThrow(/needs an item similarity/)
  })
})
