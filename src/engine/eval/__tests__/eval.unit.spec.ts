import { ItemNeighboursBuilder } from "../../collaborative/item-neighbours"
import { ItemVocabulary } from "../../interactions/item-vocabulary"
import { FloatItemVectors } from "../../semantic/item-vectors"
import type { Interaction } from "../../types"
import { DEFAULT_HYBRID_SETTINGS } from "../hybrid-settings"
import { leaveLastOut } from "../leave-last-out"
import { OfflineEvaluation } from "../offline-evaluation"
import { coordinateAscent, readSetting, withSetting } from "../tune"

const event = (user_id: string, item_id: string, timestamp: number): Interaction => ({
  user_id,
  item_id,
  type: "purchase",
  quantity: 1,
  timestamp,
})

describe("leaveLastOut", () => {
  const sequences = [
    ["a", "b", "c"].map((item, i) => event("u1", item, i)),
    ["d", "e"].map((item, i) => event("u2", item, i)),
  ]

  it("holds out each shopper's last item and trains on the rest", () => {
    const split = leaveLastOut(sequences, 1)
    expect(split.cases.map((c) => [c.user_id, c.history.map((e) => e.item_id), c.target])).toEqual([
      ["u1", ["a", "b"], "c"],
      ["u2", ["d"], "e"],
    ])
    expect(split.train.map((e) => e.item_id)).toEqual(["a", "b", "d"])
  })

  it("validates on the second-to-last item without ever seeing the last", () => {
    const split = leaveLastOut(sequences, 2)
    expect(split.cases.map((c) => [c.user_id, c.history.map((e) => e.item_id), c.target])).toEqual([
      ["u1", ["a"], "b"],
    ])
    expect(split.train.map((e) => e.item_id)).toEqual(["a"])
    expect(() => leaveLastOut(sequences, 0)).toThrow(RangeError)
  })
})

describe("coordinateAscent", () => {
  it("finds the best value of each parameter in turn", () => {
    // Objective peaks at semantic 0.5, popularity 0.1.
    const objective = (s: typeof DEFAULT_HYBRID_SETTINGS) =>
      1 - (s.weights.semantic - 0.5) ** 2 - (s.weights.popularity - 0.1) ** 2
    const steps: string[] = []
    const result = coordinateAscent(
      DEFAULT_HYBRID_SETTINGS,
      [
        { path: "weights.semantic", values: [0, 0.5, 1] },
        { path: "weights.popularity", values: [0, 0.1, 0.2] },
      ],
      objective,
      { rounds: 3, minRelativeGain: 0, onStep: (step) => steps.push(`${step.path}=${step.value}`) }
    )
    expect(result.settings.weights).toMatchObject({ semantic: 0.5, popularity: 0.1 })
    expect(result.objective).toBe(1)
    expect(steps.slice(0, 2)).toEqual(["weights.semantic=0", "weights.semantic=0.5"])
  })

  it("reads and writes dotted settings without touching the original", () => {
    const changed = withSetting(DEFAULT_HYBRID_SETTINGS, "sequential.window", 7)
    expect(readSetting(changed, "sequential.window")).toBe(7)
    expect(DEFAULT_HYBRID_SETTINGS.sequential.window).not.toBe(7)
    expect(() => readSetting(DEFAULT_HYBRID_SETTINGS, "weights.nope")).toThrow(/Unknown setting/)
    expect(() => readSetting(DEFAULT_HYBRID_SETTINGS, "weights")).toThrow(/not a number/)
  })
})

describe("OfflineEvaluation", () => {
  // Three shoppers buy a then b; a fourth buys a, and must get b next.
  const vocabulary = ItemVocabulary.from(["a", "b", "c"])
  const sequences = [
    ...["u1", "u2", "u3"].map((user) => [
      event(user, "a", 1),
      event(user, "b", 2),
      event(user, "c", 3),
    ]),
    [event("u4", "a", 1), event("u4", "b", 2)],
  ]
  const vectors = new FloatItemVectors(vocabulary, 2)
  vectors.set(0, [1, 0])
  vectors.set(1, [0, 1])
  vectors.set(2, [1, 1])
  const semantic = new ItemNeighboursBuilder(3, 1).build()

  it("ranks the whole catalog with the history masked and reports every metric", () => {
    const evaluation = new OfflineEvaluation({ vocabulary, sequences, vectors, semantic }, 1)
    // u1..u3 hold out c: with a and b masked, c is all that is left, even though no training
    // event reaches it. u4 holds out b, which follows a for three shoppers.
    const metrics = evaluation.evaluate("cf+sequential", DEFAULT_HYBRID_SETTINGS, { k: 1 })
    expect(metrics).toEqual({
      "hr@1": 1,
      "ndcg@1": 1,
      "mrr@1": 1,
      coverage: 2 / 3,
      intra_list_diversity: 0,
    })
    const rank = evaluation.ranker("popularity", DEFAULT_HYBRID_SETTINGS, 3)
    expect(rank([event("u9", "a", 1)])).toEqual(["b", "c"])
  })
})
