import type { Interaction } from "../../types"
import { VectorIndex } from "../../vector/vector-index"
import {
  buildBehaviourModel,
  deserializeBehaviourModel,
  serializeBehaviourModel,
} from "../behaviour-model"

const DAY = 24 * 3600 * 1000

function purchase(user: string, item: string, day: number, order: string): Interaction {
  return {
    user_id: user,
    item_id: item,
    type: "purchase",
    quantity: 1,
    timestamp: day * DAY,
    order_id: order,
  }
}

const interactions: Interaction[] = [
  purchase("u1", "kettle", 1, "o1"),
  purchase("u1", "mug", 1, "o1"),
  purchase("u2", "kettle", 2, "o2"),
  purchase("u2", "mug", 2, "o2"),
  purchase("u3", "kettle", 3, "o3"),
  purchase("u3", "filter", 9, "o4"),
  { user_id: "u4", item_id: "mug", type: "view", quantity: 1, timestamp: 10 * DAY },
]

describe("behaviour model", () => {
  const vectors = new VectorIndex(2)
  vectors.upsert("kettle", [1, 0])
  vectors.upsert("filter", [0.9, 0.1])
  vectors.upsert("mug", [0, 1])
  const model = buildBehaviourModel(
    interactions,
    ["kettle", "mug", "filter", "never-seen"],
    undefined,
    vectors
  )

  it("precomputes semantic neighbours from the embeddings", () => {
    expect(model.semantic.of(model.vocabulary, "kettle").map((n) => n.id)).toEqual([
      "filter",
      "mug",
    ])
    expect(model.semantic.of(model.vocabulary, "never-seen")).toEqual([])
  })

  it("keeps an earlier build's semantic lists for the same items, and rebuilds them otherwise", () => {
    const catalog = ["kettle", "mug", "filter", "never-seen"]
    const again = buildBehaviourModel(interactions, catalog, undefined, vectors, model)
    expect(again.semantic).toBe(model.semantic)
    const grown = buildBehaviourModel(interactions, [...catalog, "new"], undefined, vectors, model)
    expect(grown.semantic).not.toBe(model.semantic)
    expect(grown.semantic.of(grown.vocabulary, "kettle").map((n) => n.id)).toEqual([
      "filter",
      "mug",
    ])
  })

  it("indexes the whole catalog and learns from every interaction", () => {
    expect(model.vocabulary.size).toBe(4)
    expect(model.vocabulary.indexOf("never-seen")).toBe(3)
    expect(model.interactionCount).toBe(7)
    expect(model.collaborative.of(model.vocabulary, "kettle")[0].id).toBe("mug")
    // Bought in the same order twice: the pair clears the default minimum support of 2.
    expect(model.boughtTogether.of(model.vocabulary, "kettle").map((n) => n.id)).toEqual(["mug"])
    expect(model.popularity[model.vocabulary.indexOf("never-seen")]).toBe(0)
    expect(model.popularity[model.vocabulary.indexOf("kettle")]).toBeGreaterThan(0)
  })

  it("survives serialization exactly", () => {
    const restored = deserializeBehaviourModel(serializeBehaviourModel(model))
    expect(restored.interactionCount).toBe(model.interactionCount)
    expect(Array.from({ length: 4 }, (_, i) => restored.vocabulary.idAt(i))).toEqual([
      "kettle",
      "mug",
      "filter",
      "never-seen",
    ])
    for (const name of [
      "collaborative",
      "transitions",
      "boughtTogether",
      "boughtTogetherByShopper",
    ] as const) {
      expect(Array.from(restored[name].offsets)).toEqual(Array.from(model[name].offsets))
      expect(Array.from(restored[name].neighbours)).toEqual(Array.from(model[name].neighbours))
      expect(Array.from(restored[name].scores)).toEqual(Array.from(model[name].scores))
      expect(Array.from(restored[name].support)).toEqual(Array.from(model[name].support))
    }
    expect(Array.from(restored.trending)).toEqual(Array.from(model.trending))
  })

  it("reads a copy that is not 8-byte aligned", () => {
    const bytes = serializeBehaviourModel(model)
    const shifted = new Uint8Array(bytes.byteLength + 3)
    shifted.set(bytes, 3)
    expect(Array.from(deserializeBehaviourModel(shifted.subarray(3)).popularity)).toEqual(
      Array.from(model.popularity)
    )
  })
})
