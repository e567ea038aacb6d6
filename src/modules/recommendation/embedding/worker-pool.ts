import { Worker } from "node:worker_threads"
import { EmbeddingProviderError } from "./embedding-provider-error"

/**
 * What a pool's worker script does: on each message (an array of texts) it answers
 * `{ vectors: Float32Array[] }`, one per text in order, or `{ error: string }`.
 */
export type EmbeddingWorkerReply = { vectors: Float32Array[] } | { error: string }

export type EmbeddingWorkerPoolOptions = {
  /** Names the pool in errors (the provider id). */
  name: string
  /** Most worker threads running at once. */
  threads: number
  /**
   * CommonJS source of the worker, run with `eval`: no separate file has to be shipped by the
   * plugin build or transformed by jest. It reads `workerData` for what it needs.
   */
  source: string
  workerData?: unknown
}

/** One `embed` call: its vectors fill in as its chunks come back. */
type Job = {
  vectors: Float32Array[]
  pending: number
  failed: boolean
  resolve: (vectors: Float32Array[]) => void
  reject: (error: Error) => void
}

type Chunk = { job: Job; start: number; texts: string[] }

type Slot = { worker: Worker; threadId: number; chunk?: Chunk; chunksDone: number; error?: Error }

/**
 * A small pool of worker threads that embed texts: each `embed` call is split into one chunk
 * per thread (the model's cost per call is high enough that fewer, larger chunks win), queued
 * FIFO and answered when every chunk is back. Workers start on first use and stay, each with its
 * own model; idle ones are unref'd so they never keep a process (a script, jest) alive. A worker
 * that dies fails the call it was serving with a transient error (the products are retried), and
 * a new one takes its place when there is work.
 */
export class EmbeddingWorkerPool {
  private readonly slots_ = new Set<Slot>()
  private queue_: Chunk[] = []

  constructor(private readonly options: EmbeddingWorkerPoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) {
      throw new Error(`${options.name}: a worker pool needs at least one thread`)
    }
  }

  /** Live workers and the chunks each has embedded (benchmarks and tests). */
  get workers(): { threadId: number; chunksDone: number }[] {
    return [...this.slots_].map(({ threadId, chunksDone }) => ({ threadId, chunksDone }))
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return Promise.resolve([])
    return new Promise((resolve, reject) => {
      const parts = Math.min(this.options.threads, texts.length)
      const job: Job = { vectors: [], pending: parts, failed: false, resolve, reject }
      for (let part = 0, start = 0; part < parts; part++) {
        const size = Math.ceil((texts.length - start) / (parts - part))
        this.queue_.push({ job, start, texts: texts.slice(start, start + size) })
        start += size
      }
      this.dispatch_()
    })
  }

  /**
   * Terminates every worker; calls still running or queued fail with a transient error. A
   * later `embed` starts new workers.
   */
  async close(): Promise<void> {
    const closing = new EmbeddingProviderError(`${this.options.name}: embedding workers closed`, {
      transient: true,
    })
    for (const chunk of this.queue_) this.fail_(chunk.job, closing)
    this.queue_ = []
    const slots = [...this.slots_]
    this.slots_.clear()
    for (const slot of slots) if (slot.chunk) this.fail_(slot.chunk.job, closing)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private dispatch_(): void {
    while (this.queue_.length) {
      const chunk = this.queue_[0]
      if (chunk.job.failed) {
        this.queue_.shift()
        continue
      }
      const slot = this.idleSlot_() ?? this.spawn_()
      if (!slot) return
      this.queue_.shift()
      slot.chunk = chunk
      // Busy workers keep the process alive until they answer; idle ones do not.
      slot.worker.ref()
      slot.worker.postMessage(chunk.texts)
    }
  }

  private idleSlot_(): Slot | undefined {
    for (const slot of this.slots_) if (!slot.chunk) return slot
    return undefined
  }

  private spawn_(): Slot | undefined {
    if (this.slots_.size >= this.options.threads) return undefined
    const worker = new Worker(this.options.source, {
      eval: true,
      workerData: this.options.workerData,
    })
    const slot: Slot = { worker, threadId: worker.threadId, chunksDone: 0 }
    worker.unref()
    worker.on("message", (reply: EmbeddingWorkerReply) => this.answered_(slot, reply))
    worker.on("error", (error) => (slot.error = error))
    worker.on("exit", (code) => this.exited_(slot, code))
    this.slots_.add(slot)
    return slot
  }

  private answered_(slot: Slot, reply: EmbeddingWorkerReply): void {
    const chunk = slot.chunk
    if (!chunk) return
    slot.chunk = undefined
    slot.chunksDone++
    slot.worker.unref()
    const { job } = chunk
    if ("error" in reply) {
      this.fail_(job, new EmbeddingProviderError(`${this.options.name}: ${reply.error}`))
    } else if (reply.vectors.length !== chunk.texts.length) {
      this.fail_(
        job,
        new EmbeddingProviderError(
          `${this.options.name}: a worker answered ${reply.vectors.length} vectors for ${chunk.texts.length} texts`
        )
      )
    } else if (!job.failed) {
      reply.vectors.forEach((vector, i) => (job.vectors[chunk.start + i] = vector))
      if (--job.pending === 0) job.resolve(job.vectors)
    }
    this.dispatch_()
  }

  private exited_(slot: Slot, code: number): void {
    // Absent after close(), which already failed its call.
    if (!this.slots_.delete(slot)) return
    if (slot.chunk) {
      const cause = slot.error?.message ?? `exit code ${code}`
      this.fail_(
        slot.chunk.job,
        new EmbeddingProviderError(`${this.options.name}: embedding worker died (${cause})`, {
          transient: true,
        })
      )
    }
    this.dispatch_()
  }

  private fail_(job: Job, error: Error): void {
    if (job.failed) return
    job.failed = true
    job.reject(error)
  }
}
