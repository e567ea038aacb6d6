import {
  buildBehaviourModel,
  DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
  serializeBehaviourModel,
  VectorIndex,
  type Interaction,
} from "../../../engine"
import { BehaviourModelBuildThread } from "../behaviour-model-thread"

const items = Array.from({ length: 60 }, (_, i) => `prod_${i}`)

function interactions(): Interaction[] {
  const out: Interaction[] = []
  for (let user = 0; user < 40; user++) {
    for (let k = 0; k < 6; k++) {
      out.push({
        user_id: `cus_${user}`,
        item_id: items[(user * 7 + k * 3) % items.length],
        type: k % 3 === 0 ? "purchase" : "view",
        quantity: 1,
        timestamp: Date.parse("2026-11-01T00:00:00Z") + (user * 6 + k) * 60_000,
        order_id: k % 3 === 0 ? `order_${user}` : undefined,
      })
    }
  }
  return out
}

function vectors(): VectorIndex {
  const index = new VectorIndex(8)
  items.forEach((id, i) =>
    index.upsert(
      id,
      Array.from({ length: 8 }, (_, d) => Math.sin(i * (d + 1)) + 0.1)
    )
  )
  return index
}

describe("BehaviourModelBuildThread", () => {
  it("builds on a worker thread the same model as in this thread, pages handed over one by one", async () => {
    const all = interactions()
    const index = vectors()
    const thread = new BehaviourModelBuildThread()
    thread.add(all.slice(0, 100))
    thread.add(all.slice(100))
    expect(thread.interactions).toBe(all.length)
    const built = await thread.finish({
      catalog: items,
      settings: DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
      vectors: index,
    })

    const here = buildBehaviourModel(all, items, DEFAULT_BEHAVIOUR_MODEL_SETTINGS, index)
    expect(built.interactions).toBe(all.length)
    expect(Buffer.from(built.payload).equals(Buffer.from(serializeBehaviourModel(here)))).toBe(true)
    expect(built.semantic.vocabulary.size).toBe(here.vocabulary.size)
    expect(Array.from(built.semantic.semantic.neighbours)).toEqual(
      Array.from(here.semantic.neighbours)
    )

    // Given the last build's semantic lists, the next one keeps them as they are.
    const again = new BehaviourModelBuildThread()
    again.add(all)
    const reused = await again.finish({
      catalog: items,
      settings: DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
      vectors: new VectorIndex(8),
      previous: built.semantic,
    })
    expect(Buffer.from(reused.payload).equals(Buffer.from(built.payload))).toBe(true)
  }, 60_000)

  it("ends without building when closed first, and closing after a build is harmless", async () => {
    const closed = new BehaviourModelBuildThread()
    closed.add(interactions())
    await closed.close()
    await expect(
      closed.finish({
        catalog: items,
        settings: DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
        vectors: vectors(),
      })
    ).rejects.toThrow(/exited/)

    const built = new BehaviourModelBuildThread()
    built.add(interactions())
    await built.finish({
      catalog: items,
      settings: DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
      vectors: vectors(),
    })
    await expect(built.close()).resolves.toBeUndefined()
  }, 60_000)

  it("reports a build that fails on the thread", async () => {
    const thread = new BehaviourModelBuildThread()
    thread.add(interactions())
    const broken = { ...DEFAULT_BEHAVIOUR_MODEL_SETTINGS, coOccurrence: null }
    await expect(
      thread.finish({
        catalog: items,
        settings: broken as unknown as typeof DEFAULT_BEHAVIOUR_MODEL_SETTINGS,
        vectors: vectors(),
      })
    ).rejects.toThrow(/behaviour model build failed/)
  }, 60_000)
})
