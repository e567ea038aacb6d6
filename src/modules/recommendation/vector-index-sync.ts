import { decodeVector, VectorIndex, type ItemId } from "../../engine"

/** A row of `product_embedding` as the index needs it. */
export type VectorRow = {
  product_id: ItemId
  vector: Uint8Array | null
  model_id: string | null
  deleted_at: Date | null
  updated_at: Date
}

/**
 * Reads rows changed after `since` (all live rows when `since` is null), with the database's
 * clock when the read began.
 */
export type VectorRowReader = (since: Date | null) => Promise<{ rows: VectorRow[]; readAt: Date }>

// A row committed just after a read can carry an `updated_at` from before it (its transaction's
// start): each read goes back this far before the previous one.
export const WATERMARK_OVERLAP_MS = 5_000

/**
 * Keeps an in-process vector index in step with Postgres. The first refresh loads every ready
 * vector of the current model; later ones read only rows changed since the last, so every
 * instance (server, worker) converges on the same vectors without any message bus.
 */
export class VectorIndexSync {
  readonly index: VectorIndex
  private lastReadAt_: Date | null = null
  private refreshedAt_ = 0
  private inFlight_: Promise<void> | undefined

  /** `dimensions` undefined: the index takes the size of the model's first stored vector. */
  constructor(
    private readonly modelId: string,
    dimensions: number | undefined,
    private readonly readRows: VectorRowReader,
    private readonly maxStalenessMs: number
  ) {
    this.index = new VectorIndex(dimensions)
  }

  get lastRefreshedAt(): Date | null {
    return this.refreshedAt_ ? new Date(this.refreshedAt_) : null
  }

  /** Refreshes when the index is older than the staleness bound; concurrent callers share one. */
  async ensureFresh(): Promise<VectorIndex> {
    if (Date.now() - this.refreshedAt_ >= this.maxStalenessMs) await this.refresh()
    return this.index
  }

  refresh(): Promise<void> {
    this.inFlight_ ??= this.refresh_().finally(() => {
      this.inFlight_ = undefined
    })
    return this.inFlight_
  }

  private async refresh_(): Promise<void> {
    const startedAt = Date.now()
    // Anchored to the last read's time, not to the newest row: rows written together (a bulk
    // import) would otherwise be read again on every refresh until something newer is written.
    const since = this.lastReadAt_
      ? new Date(this.lastReadAt_.getTime() - WATERMARK_OVERLAP_MS)
      : null
    const { rows, readAt } = await this.readRows(since)
    for (const row of rows) {
      const { dimensions } = this.index
      const live =
        !row.deleted_at &&
        row.vector !== null &&
        row.model_id === this.modelId &&
        (dimensions === 0 || row.vector.byteLength === dimensions * 4)
      const writtenAt = row.updated_at.getTime()
      if (!live) {
        this.index.remove(row.product_id)
      } else if (this.index.writtenAt(row.product_id) !== writtenAt) {
        // Rows of the overlap that are already in the index are skipped: re-quantizing them
        // would cost time and move the index's version, which rebuilds the rankers over it.
        this.index.upsert(row.product_id, decodeVector(row.vector as Uint8Array), writtenAt)
      }
    }
    this.lastReadAt_ = readAt
    this.refreshedAt_ = startedAt
  }
}
