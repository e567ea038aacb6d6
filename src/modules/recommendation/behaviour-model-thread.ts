import { Worker } from "node:worker_threads"
import {
  ItemNeighbours,
  ItemVocabulary,
  type BehaviourModelSettings,
  type Interaction,
  type ItemId,
  type SemanticLists,
  type VectorIndex,
} from "../../engine"

/** What a build on the thread gives back: the stored form and the lists a next build may reuse. */
export type ThreadBuiltModel = {
  payload: Uint8Array
  interactions: number
  semantic: SemanticLists
}

/** Neighbour lists as they cross to and from the thread (typed arrays, no class). */
type NeighbourArrays = Pick<ItemNeighbours, "offsets" | "neighbours" | "scores" | "support">

const neighbourArrays = ({ offsets, neighbours, scores, support }: ItemNeighbours) => ({
  offsets,
  neighbours,
  scores,
  support,
})

type BuildMessage = {
  catalog: ItemId[]
  settings: BehaviourModelSettings
  vectors: ReturnType<VectorIndex["toRows"]>
  previous?: { ids: ItemId[]; semantic: NeighbourArrays }
}

type BuildReply =
  | { payload: Uint8Array; interactions: number; ids: ItemId[]; semantic: NeighbourArrays }
  | { error: string }

// CommonJS run with `eval` (as the embedding pool's workers): no separate file for the plugin
// build to ship. From the TypeScript sources (the plugin's own tests) ts-node compiles the engine.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads")
if (workerData.tsNode) require(workerData.tsNode).register({ transpileOnly: true })
const engine = require(workerData.engine)
const lists = ({ offsets, neighbours, scores, support }) =>
  new engine.ItemNeighbours(offsets, neighbours, scores, support)
const interactions = []
parentPort.on("message", (message) => {
  if (message.interactions) {
    for (const interaction of message.interactions) interactions.push(interaction)
    return
  }
  try {
    const { catalog, settings, vectors, previous } = message
    const model = engine.buildBehaviourModel(
      interactions,
      catalog,
      settings,
      engine.VectorIndex.fromRows(vectors),
      previous && {
        vocabulary: engine.ItemVocabulary.from(previous.ids),
        semantic: lists(previous.semantic),
      }
    )
    const payload = engine.serializeBehaviourModel(model)
    const ids = Array.from({ length: model.vocabulary.size }, (_, i) => model.vocabulary.idAt(i))
    parentPort.postMessage(
      { payload, interactions: interactions.length, ids, semantic: { ...model.semantic } },
      [payload.buffer]
    )
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.stack) || error) })
  }
})
`

function workerModules(): { engine: string; tsNode?: string } {
  const engine = require.resolve("../../engine")
  return engine.endsWith(".ts") ? { engine, tsNode: require.resolve("ts-node") } : { engine }
}

/**
 * One behaviour-model build on a worker thread, so that the API of the same process keeps
 * answering while it runs (minutes for a large store). Interactions are handed over page by
 * page as they are read; `finish` builds and serializes there and ends the thread.
 */
export class BehaviourModelBuildThread {
  private readonly worker_: Worker
  private readonly reply_: Promise<BuildReply>
  private interactions_ = 0

  constructor() {
    this.worker_ = new Worker(WORKER_SOURCE, { eval: true, workerData: workerModules() })
    this.reply_ = new Promise<BuildReply>((resolve, reject) => {
      this.worker_.once("message", resolve)
      this.worker_.once("error", reject)
      this.worker_.once("exit", (code) =>
        reject(new Error(`the behaviour model build thread exited (code ${code})`))
      )
    })
    // Until `finish` waits on it, a failure is only noted, never an unhandled rejection.
    this.reply_.catch(() => undefined)
  }

  /** Interactions handed over so far. */
  get interactions(): number {
    return this.interactions_
  }

  add(interactions: Interaction[]): void {
    this.interactions_ += interactions.length
    this.worker_.postMessage({ interactions })
  }

  async finish(input: {
    catalog: ItemId[]
    settings: BehaviourModelSettings
    vectors: VectorIndex
    previous?: SemanticLists
  }): Promise<ThreadBuiltModel> {
    const { previous } = input
    const message: BuildMessage = {
      catalog: input.catalog,
      settings: input.settings,
      vectors: input.vectors.toRows(),
      previous: previous && {
        ids: Array.from({ length: previous.vocabulary.size }, (_, i) =>
          previous.vocabulary.idAt(i)
        ),
        semantic: neighbourArrays(previous.semantic),
      },
    }
    try {
      this.worker_.postMessage(message)
      const reply = await this.reply_
      if ("error" in reply) throw new Error(`behaviour model build failed: ${reply.error}`)
      return {
        payload: reply.payload,
        interactions: reply.interactions,
        semantic: {
          vocabulary: ItemVocabulary.from(reply.ids),
          semantic: new ItemNeighbours(
            reply.semantic.offsets,
            reply.semantic.neighbours,
            reply.semantic.scores,
            reply.semantic.support
          ),
        },
      }
    } finally {
      await this.worker_.terminate()
    }
  }

  /** Ends the thread, built or not (a no-op once `finish` has). */
  async close(): Promise<void> {
    await this.worker_.terminate()
  }
}
