import type { RecommendationPlacement } from "./models/placement"

/** One store recommendation response, as stored in `recommendation_served`. */
export type ServedRecommendationRow = {
  /** The response's `recommendation_id` ("rrec_..."). */
  id: string
  placement: RecommendationPlacement
  /** The products shown, in order. */
  product_ids: string[]
  source_product_id: string | null
  customer_id: string | null
  session_id: string | null
  latency_ms: number
  served_at: Date
}

export type ServedRecommendationBufferOptions = {
  /** Stores one batch (one multi-row insert). */
  write: (rows: ServedRecommendationRow[]) => Promise<void>
  /** Told about a batch that could not be stored, or rows dropped while writes lagged. */
  onLost: (rows: number, cause: string) => void
  /** Longest a row waits before it is written. */
  flushIntervalMs: number
  /** Rows per insert; a flush starts as soon as this many wait. */
  batchSize: number
  /** Rows held while writes are slow or failing; new rows beyond it are dropped, counted. */
  maxPendingRows: number
}

export const DEFAULT_SERVED_BUFFER_OPTIONS = {
  flushIntervalMs: 1000,
  batchSize: 500,
  maxPendingRows: 50_000,
} as const

/**
 * Collects served recommendations in memory and writes them in batches, off the request path:
 * a request only pushes to an array. A batch is written when `batchSize` rows wait or
 * `flushIntervalMs` after the first one; writes run one after another. Impressions are
 * analytics: a failed write is reported and its rows dropped, never thrown at a request.
 */
export class ServedRecommendationBuffer {
  private readonly options_: ServedRecommendationBufferOptions
  private rows_: ServedRecommendationRow[] = []
  private timer_: NodeJS.Timeout | undefined
  private writing_: Promise<void> = Promise.resolve()
  private rowsInWrite_ = 0
  private dropped_ = 0

  constructor(options: ServedRecommendationBufferOptions) {
    this.options_ = options
  }

  /** Rows not stored yet (buffered or being written). */
  get pending(): number {
    return this.rows_.length + this.rowsInWrite_
  }

  add(row: ServedRecommendationRow): void {
    if (this.pending >= this.options_.maxPendingRows) {
      this.dropped_ += 1
      return
    }
    this.rows_.push(row)
    if (this.rows_.length >= this.options_.batchSize) {
      void this.flush()
    } else if (!this.timer_) {
      this.timer_ = setTimeout(() => void this.flush(), this.options_.flushIntervalMs)
      // A pending flush must not keep a script or a test process alive.
      this.timer_.unref()
    }
  }

  /** Writes every row buffered so far, after the writes under way. Never rejects. */
  flush(): Promise<void> {
    clearTimeout(this.timer_)
    this.timer_ = undefined
    const rows = this.rows_
    this.rows_ = []
    this.rowsInWrite_ += rows.length
    this.writing_ = this.writing_.then(() => this.write_(rows))
    return this.writing_
  }

  /** Stops the timer; rows still buffered are left to a last `flush()`. */
  close(): void {
    clearTimeout(this.timer_)
    this.timer_ = undefined
  }

  private async write_(rows: ServedRecommendationRow[]): Promise<void> {
    if (this.dropped_) {
      this.options_.onLost(this.dropped_, "too many rows waiting to be written")
      this.dropped_ = 0
    }
    const { batchSize } = this.options_
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize)
      try {
        await this.options_.write(batch)
      } catch (error) {
        this.options_.onLost(batch.length, error instanceof Error ? error.message : String(error))
      } finally {
        this.rowsInWrite_ -= batch.length
      }
    }
  }
}
