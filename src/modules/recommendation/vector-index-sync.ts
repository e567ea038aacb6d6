import { decodeVector, VectorIndex, type ItemId } from "../../engine"

/** A row of `product_embedding` as the index needs it. */
export type VectorRow = {
  product_id: ItemId
  vector: Uint8Array | null
  model_id: string | null
  deleted_at: Date | null
  updated_at: Date
}

/** Reads rows changed after `since` (all live rows when `since` is null). */
export type VectorRowReader = (since: Date | null) => Promise<VectorRow[]>

// Rows committed a little after a refresh can carry an earlier `updated_at`: re-read a margin.
export const WATERMARK_OVERLAP_MS = 5_000

/**
 * Keeps an in-process vector index in step with Postgres. The first refresh loads every ready
 * vector of the current model; later ones read only rows changed since the last, so every
 * instance (server, worker) converges on the same vectors without any message bus.
 */
export class VectorIndexSync {
  readonly index: VectorIndex
  private watermark_: Date | null = null
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
    const since = this.watermark_
      ? new Date(this.watermark_.getTime() - WATERMARK_OVERLAP_MS)
      : null
    const rows = await this.readRows(since)
    for (const row of rows) {
      const { dimensions } = this.index
      const live =
        !row.deleted_at &&
        row.vector !== null &&
        row.model_id === this.modelId &&
        (dimensions === 0 || row.vector.byteLength === dimensions * 4)
      if (live) {
        this.index.upsert(
          row.product_id,
          decodeVector(row.vector as Uint8Array),
          row.updated_at.getTime()
        )
      } else {
        this.index.remove(row.product_id)
      }
      const changedAt =
        row.deleted_at && row.deleted_at > row.updated_at ? row.deleted_at : row.updated_at
      if (!this.watermark_ || changedAt > this.watermark_) this.watermark_ = changedAt
    }
    this.refreshedAt_ = startedAt
  }
}
