import { execFile } from "node:child_process"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { EmbeddingProviderError } from "../embedding-provider-error"
import { UniversalSentenceEncoderProvider } from "../universal-sentence-encoder"
import { EmbeddingWorkerPool } from "../worker-pool"

jest.setTimeout(120_000)

const TEXTS = [
  "Merino Wool Running Socks. Brand: Trailhead. Categories: Running & Fitness, Socks",
  "Ceramic Pour-Over Coffee Dripper. Brand: Kettle & Co. Categories: Coffee & Tea, Brewing Gear",
  "Cast Iron Skillet 26 cm. Brand: Hearth. Categories: Kitchen & Cookware, Pans",
  "Noise-Cancelling Headphones. Brand: Sonar. Categories: Audio & Headphones",
  "Ultralight Two-Person Tent. Brand: Ridgeline. Categories: Outdoor & Camping, Tents",
  "Fountain Pen, Fine Nib. Brand: Inkwell. Categories: Books & Stationery, Pens",
  "Vitamin C Serum 30 ml. Brand: Dewdrop. Categories: Skincare, Serums",
  "Orthopedic Dog Bed, Large. Brand: Pawsome. Categories: Pets, Beds",
  "Ergonomic Office Chair. Brand: Postura. Categories: Home Office, Chairs",
]

// A stand-in model for the pool's own behaviour: each text's vector is its length, and a few
// texts make the worker fail the ways a real one can (an error answer, an uncaught exception,
// an exit).
const TEST_WORKER = `
const { parentPort, threadId } = require("node:worker_threads")
parentPort.on("message", (texts) => {
  if (texts.includes("answer an error")) return parentPort.postMessage({ error: "bad input" })
  if (texts.includes("throw")) setImmediate(() => { throw new Error("worker blew up") })
  else if (texts.includes("exit")) process.exit(3)
  else if (texts.includes("hang")) return
  else setTimeout(() => parentPort.postMessage({
    vectors: texts.map((text) => Float32Array.of(text.length, threadId)),
  }), 20)
})
`

function testPool(threads: number) {
  return new EmbeddingWorkerPool({ name: "test-model", threads, source: TEST_WORKER })
}

const bytes = (vectors: Float32Array[]) => vectors.map((vector) => Buffer.from(vector.buffer))

describe("UniversalSentenceEncoderProvider on worker threads", () => {
  const mainThread = new UniversalSentenceEncoderProvider({ threads: 0 })
  const pooled = new UniversalSentenceEncoderProvider({ threads: 2 })
  afterAll(() => pooled.close())

  // USE Lite pads a batch to its longest text, which moves a vector by float rounding (about
  // 1e-7): the pool's vectors are bit for bit those of the same chunks on the main thread.
  const onMainThreadInTwoChunks = async (texts: string[]) => {
    const half = Math.ceil(texts.length / 2)
    return [
      ...(await mainThread.embed(texts.slice(0, half))),
      ...(await mainThread.embed(texts.slice(half))),
    ]
  }

  it("answers the main thread's vectors, in order, with both workers busy", async () => {
    const vectors = await pooled.embed(TEXTS)
    expect(vectors).toHaveLength(TEXTS.length)
    expect(vectors.every((vector) => vector.length === 512)).toBe(true)
    expect(bytes(vectors)).toEqual(bytes(await onMainThreadInTwoChunks(TEXTS)))
    const wholeBatch = await mainThread.embed(TEXTS)
    vectors.forEach((vector, i) =>
      vector.forEach((value, j) => expect(Math.abs(value - wholeBatch[i][j])).toBeLessThan(1e-5))
    )

    const workers = pooled.pool?.workers ?? []
    expect(workers).toHaveLength(2)
    expect(workers.every((worker) => worker.chunksDone === 1)).toBe(true)
  })

  it("serves concurrent calls, each its own vectors", async () => {
    const calls = [TEXTS.slice(0, 1), TEXTS.slice(1), TEXTS]
    const answers = await Promise.all(calls.map((texts) => pooled.embed(texts)))
    for (const [i, texts] of calls.entries()) {
      expect(bytes(answers[i])).toEqual(bytes(await onMainThreadInTwoChunks(texts)))
    }
  })

  it("defaults to one worker per core", () => {
    expect(new UniversalSentenceEncoderProvider().threads).toBe(os.availableParallelism())
  })

  it("lets a script end without closing it: idle workers do not keep the process alive", async () => {
    // A plain child process (not jest, which --forceExit would hide): it embeds and returns.
    // Kept alive, it would be killed at the timeout, failing the call.
    const script = path.join(__dirname, "../__fixtures__/embed-and-return.ts")
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [require.resolve("ts-node/dist/bin"), "--transpile-only", script],
      { timeout: 60_000 }
    )
    expect(JSON.parse(stdout)).toEqual({ vectors: 2, dimensions: 512, workers: 2 })
  })
})

describe("EmbeddingWorkerPool", () => {
  it("splits a call across its workers and keeps the texts' order", async () => {
    const pool = testPool(3)
    try {
      const texts = ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"]
      const vectors = await pool.embed(texts)
      expect(vectors.map((vector) => vector[0])).toEqual(texts.map((text) => text.length))
      // Chunks of 3, 2 and 2 texts, each on its own thread.
      expect(new Set(vectors.map((vector) => vector[1])).size).toBe(3)
      expect(pool.workers.map((worker) => worker.chunksDone)).toEqual([1, 1, 1])
    } finally {
      await pool.close()
    }
  })

  it("runs a call's chunks at the same time, one per worker", async () => {
    // Each worker counts itself in, then waits (5 s at most) for the other: chunks run one
    // after the other would see a count of 1.
    const arrived = new Int32Array(new SharedArrayBuffer(4))
    const pool = new EmbeddingWorkerPool({
      name: "barrier",
      threads: 2,
      workerData: arrived,
      source: `
        const { parentPort, workerData: arrived } = require("node:worker_threads")
        parentPort.on("message", (texts) => {
          Atomics.add(arrived, 0, 1)
          Atomics.notify(arrived, 0)
          const deadline = Date.now() + 5000
          while (Atomics.load(arrived, 0) < 2 && Date.now() < deadline) {
            Atomics.wait(arrived, 0, Atomics.load(arrived, 0), 100)
          }
          parentPort.postMessage({ vectors: texts.map(() => Float32Array.of(Atomics.load(arrived, 0))) })
        })`,
    })
    try {
      const vectors = await pool.embed(["one", "two", "three", "four"])
      expect(vectors.map((vector) => vector[0])).toEqual([2, 2, 2, 2])
    } finally {
      await pool.close()
    }
  })

  it("fails a call whose worker crashes with a transient error, and replaces the worker", async () => {
    for (const crash of ["throw", "exit"]) {
      const pool = testPool(2)
      try {
        const failure = pool.embed(["fine", crash, "fine", "fine"])
        await expect(failure).rejects.toBeInstanceOf(EmbeddingProviderError)
        await expect(failure).rejects.toMatchObject({
          transient: true,
          message: expect.stringMatching(
            crash === "throw" ? /worker died \(worker blew up\)/ : /worker died \(exit code 3\)/
          ),
        })
        expect(pool.workers).toHaveLength(1)
        const vectors = await pool.embed(["one", "three"])
        expect(vectors.map((vector) => vector[0])).toEqual([3, 5])
        expect(pool.workers).toHaveLength(2)
      } finally {
        await pool.close()
      }
    }
  })

  it("passes a worker's error answer on as a permanent failure, the worker kept", async () => {
    const pool = testPool(1)
    try {
      await expect(pool.embed(["answer an error"])).rejects.toMatchObject({
        transient: false,
        message: "test-model: bad input",
      })
      const [vector] = await pool.embed(["ok"])
      expect(Array.from(vector)).toEqual([2, pool.workers[0].threadId])
      expect(pool.workers).toEqual([expect.objectContaining({ chunksDone: 2 })])
    } finally {
      await pool.close()
    }
  })

  it("on close, terminates its workers and fails the calls in flight or queued", async () => {
    const pool = testPool(1)
    const inFlight = pool.embed(["hang"])
    const queued = pool.embed(["queued"])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(pool.workers).toHaveLength(1)
    const settled = Promise.allSettled([inFlight, queued])
    await pool.close()
    expect(pool.workers).toEqual([])
    const closed = { transient: true, message: "test-model: embedding workers closed" }
    expect(await settled).toEqual([
      { status: "rejected", reason: expect.objectContaining(closed) },
      { status: "rejected", reason: expect.objectContaining(closed) },
    ])
    // Usable again: a new worker starts.
    expect((await pool.embed(["again"]))[0][0]).toBe(5)
    await pool.close()
  })
})
