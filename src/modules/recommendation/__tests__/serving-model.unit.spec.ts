import { chooseServingModel, modelCoverage, type ModelEmbeddingCounts } from "../serving-model"

const counts = (model_id: string, ready: number, pending = 0): ModelEmbeddingCounts => ({
  model_id,
  dimensions: 32,
  pending,
  ready,
  failed: 0,
})

describe("chooseServingModel", () => {
  it("serves the configured model when nothing else was ever embedded, from its first vector", () => {
    expect(chooseServingModel("new", 1, 0, [])).toBe("new")
    expect(chooseServingModel("new", 1, 100, [counts("new", 1, 99)])).toBe("new")
  })

  it("keeps the previous model serving until the new one covers the catalog", () => {
    const models = [counts("new", 99, 1), counts("old", 100)]
    expect(chooseServingModel("new", 1, 100, models)).toBe("old")
    expect(chooseServingModel("new", 1, 100, [counts("new", 100), counts("old", 100)])).toBe("new")
  })

  it("swaps earlier with a lower switch coverage", () => {
    const models = [counts("new", 95, 5), counts("old", 100)]
    expect(chooseServingModel("new", 0.95, 100, models)).toBe("new")
    expect(chooseServingModel("new", 0.96, 100, models)).toBe("old")
  })

  it("falls back to the other model with the most vectors, never to one without any", () => {
    const models = [
      counts("abandoned", 10),
      counts("new", 0, 100),
      counts("old", 90),
      counts("x", 0, 5),
    ]
    expect(chooseServingModel("new", 1, 100, models)).toBe("old")
  })

  it("serves the configured model once no other one has more vectors", () => {
    // An upgraded store: a few products still carry an earlier model's vectors.
    const upgraded = [counts("current", 8, 5), counts("earlier", 1)]
    expect(chooseServingModel("current", 1, 15, upgraded)).toBe("current")
    const tied = [counts("new", 60, 40), counts("old", 60)]
    expect(chooseServingModel("new", 1, 100, tied)).toBe("new")
  })
})

describe("modelCoverage", () => {
  it("is the share of products with a ready vector, 1 for an empty catalog", () => {
    expect(modelCoverage("new", 200, [counts("new", 50, 150)])).toBe(0.25)
    expect(modelCoverage("missing", 200, [counts("new", 50)])).toBe(0)
    expect(modelCoverage("new", 0, [])).toBe(1)
  })
})
