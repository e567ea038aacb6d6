import { buildBehaviourModel, serializeBehaviourModel } from "../../../engine"
import { BehaviourModelSync } from "../behaviour-model-sync"
import type { StoredModelSnapshot } from "../service"

const snapshot = (id: string, builtAt: string, items: string[]): StoredModelSnapshot => ({
  id,
  kind: "behaviour",
  settings_hash: "h",
  interactions: 0,
  items: items.length,
  build_ms: 1_000,
  // Microseconds in Postgres: a Date keeps milliseconds, so equal instants must not be compared.
  built_at: new Date(builtAt),
  payload: serializeBehaviourModel(buildBehaviourModel([], items)),
})

describe("BehaviourModelSync", () => {
  it("reads a snapshot's payload once, then only asks whether a newer one exists", async () => {
    const stored = [snapshot("snap_1", "2026-11-23T10:00:00.123Z", ["a", "b"])]
    const asked: (string | null)[] = []
    const sync = new BehaviourModelSync(async (knownId) => {
      asked.push(knownId)
      const newest = stored[stored.length - 1]
      return newest.id === knownId ? null : newest
    }, 0)

    const first = await sync.ensureFresh()
    expect(first.vocabulary.size).toBe(2)
    expect(sync.buildStartedAt).toBe(Date.parse("2026-11-23T10:00:00.123Z") - 1_000)
    // The same model object, not a copy read again: rankers built over it stay valid.
    expect(await sync.ensureFresh()).toBe(first)

    stored.push(snapshot("snap_2", "2026-11-23T10:15:00.000Z", ["a", "b", "c"]))
    const second = await sync.ensureFresh()
    expect(second.vocabulary.size).toBe(3)
    expect(asked).toEqual([null, "snap_1", "snap_1"])
  })
})
