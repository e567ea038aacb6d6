import { encodeVector } from "../../../engine"
import { VectorIndexSync, WATERMARK_OVERLAP_MS, type VectorRow } from "../vector-index-sync"

const MODEL = "test-model"

/** A `product_embedding` table in memory, read as the service reads Postgres. */
class RowTable {
  rows = new Map<string, VectorRow>()
  now = Date.parse("2026-11-23T10:00:00Z")
  /** `since` of each read, and how many rows it returned. */
  reads: { since: Date | null; rows: number }[] = []

  write(productId: string, vector: number[], updatedAt = this.now): void {
    this.rows.set(productId, {
      product_id: productId,
      vector: encodeVector(Float32Array.from(vector)),
      model_id: MODEL,
      deleted_at: null,
      updated_at: new Date(updatedAt),
    })
  }

  delete(productId: string): void {
    const row = this.rows.get(productId) as VectorRow
    this.rows.set(productId, { ...row, deleted_at: new Date(this.now) })
  }

  read = async (since: Date | null) => {
    const changed = [...this.rows.values()].filter((row) =>
      since === null
        ? !row.deleted_at
        : row.updated_at > since || (row.deleted_at !== null && row.deleted_at > since)
    )
    this.reads.push({ since, rows: changed.length })
    return { rows: changed, readAt: new Date(this.now) }
  }
}

describe("VectorIndexSync", () => {
  it("reads rows written together once, not again on every refresh", async () => {
    const table = new RowTable()
    for (let i = 0; i < 50; i++) table.write(`p${i}`, [1, i, 0])
    const sync = new VectorIndexSync(MODEL, 3, table.read, 0)

    await sync.refresh()
    expect(sync.index.size).toBe(50)
    const version = sync.index.version

    // Within the overlap the same rows come back, but nothing changes in the index.
    table.now += 1_000
    await sync.refresh()
    expect(table.reads[1]).toEqual({
      since: new Date(table.now - 1_000 - WATERMARK_OVERLAP_MS),
      rows: 50,
    })
    expect(sync.index.version).toBe(version)

    // Past the overlap, a refresh reads nothing: the window follows the clock, not the rows.
    table.now += 2 * WATERMARK_OVERLAP_MS
    await sync.refresh()
    table.now += 1_000
    await sync.refresh()
    expect(table.reads.at(-1)?.rows).toBe(0)
  })

  it("picks up a row committed after a read with an updated_at from before it", async () => {
    const table = new RowTable()
    table.write("a", [1, 0, 0])
    const sync = new VectorIndexSync(MODEL, 3, table.read, 0)
    await sync.refresh()

    // A transaction that started before the read commits after it.
    table.write("late", [0, 1, 0], table.now - 1_000)
    table.now += 2_000
    await sync.refresh()
    expect(sync.index.has("late")).toBe(true)
    expect(sync.index.writtenAt("late")).toBe(table.now - 3_000)
  })

  it("applies re-embedded and deleted rows", async () => {
    const table = new RowTable()
    table.write("a", [1, 0, 0])
    table.write("b", [0, 1, 0])
    const sync = new VectorIndexSync(MODEL, 3, table.read, 0)
    await sync.refresh()

    table.now += 60_000
    table.write("a", [0, 0, 1])
    table.delete("b")
    await sync.refresh()
    expect(sync.index.has("b")).toBe(false)
    expect(sync.index.cosineById("a", "a")).toBeCloseTo(1)
    expect(Array.from(sync.index.get("a") ?? [])).toEqual([0, 0, 1])
  })
})
