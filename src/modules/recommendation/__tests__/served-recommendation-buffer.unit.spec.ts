import {
  ServedRecommendationBuffer,
  type ServedRecommendationBufferOptions,
  type ServedRecommendationRow,
} from "../served-recommendation-buffer"

const row = (n: number): ServedRecommendationRow => ({
  id: `rrec_${n}`,
  placement: "similar",
  product_ids: [`prod_${n}`],
  source_product_id: "prod_source",
  customer_id: null,
  session_id: "s1",
  latency_ms: n,
  served_at: new Date(0),
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function bufferWith(overrides: Partial<ServedRecommendationBufferOptions> = {}) {
  const batches: string[][] = []
  const lost: [number, string][] = []
  const buffer = new ServedRecommendationBuffer({
    write: async (rows) => {
      batches.push(rows.map((r) => r.id))
    },
    onLost: (rows, cause) => lost.push([rows, cause]),
    flushIntervalMs: 30,
    batchSize: 3,
    maxPendingRows: 100,
    ...overrides,
  })
  return { buffer, batches, lost }
}

describe("ServedRecommendationBuffer", () => {
  it("writes nothing on add, then one batch after the interval", async () => {
    const { buffer, batches } = bufferWith()
    buffer.add(row(1))
    buffer.add(row(2))
    expect(batches).toEqual([])
    expect(buffer.pending).toBe(2)
    await sleep(80)
    expect(batches).toEqual([["rrec_1", "rrec_2"]])
    expect(buffer.pending).toBe(0)
  })

  it("starts a write as soon as a batch is full, and flush() writes the rest in batches", async () => {
    const { buffer, batches } = bufferWith({ flushIntervalMs: 60_000 })
    for (let n = 1; n <= 4; n++) buffer.add(row(n))
    await sleep(0)
    expect(batches).toEqual([["rrec_1", "rrec_2", "rrec_3"]])
    for (let n = 5; n <= 8; n++) buffer.add(row(n))
    // rrec_4..6 filled a batch; 7 and 8 wait for the flush.
    await buffer.flush()
    expect(batches).toEqual([
      ["rrec_1", "rrec_2", "rrec_3"],
      ["rrec_4", "rrec_5", "rrec_6"],
      ["rrec_7", "rrec_8"],
    ])
    buffer.close()
  })

  it("reports a failed write and keeps going, without rejecting", async () => {
    let calls = 0
    const { buffer, lost } = bufferWith({
      write: async () => {
        calls += 1
        if (calls === 1) throw new Error("connection refused")
      },
    })
    buffer.add(row(1))
    buffer.add(row(2))
    await expect(buffer.flush()).resolves.toBeUndefined()
    buffer.add(row(3))
    await buffer.flush()
    expect(calls).toBe(2)
    expect(lost).toEqual([[2, "connection refused"]])
    expect(buffer.pending).toBe(0)
  })

  it("waits for the writes under way before a flush resolves", async () => {
    const written: string[] = []
    const { buffer } = bufferWith({
      batchSize: 2,
      write: async (rows) => {
        await sleep(20)
        written.push(...rows.map((r) => r.id))
      },
    })
    buffer.add(row(1))
    buffer.add(row(2)) // a full batch: its write starts now
    buffer.add(row(3))
    await buffer.flush()
    expect(written).toEqual(["rrec_1", "rrec_2", "rrec_3"])
  })

  it("drops rows beyond maxPendingRows while writes lag, and says how many", async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { buffer, batches, lost } = bufferWith({
      batchSize: 2,
      maxPendingRows: 3,
      write: async (rows) => {
        await gate
        batches.push(rows.map((r) => r.id))
      },
    })
    for (let n = 1; n <= 6; n++) buffer.add(row(n))
    expect(buffer.pending).toBe(3)
    release()
    await buffer.flush()
    expect(batches).toEqual([["rrec_1", "rrec_2"], ["rrec_3"]])
    expect(lost).toEqual([[3, "too many rows waiting to be written"]])
  })
})
