import type { ItemId, VectorHit } from "../types"
import { dot, normalize } from "./math"

export type VectorSearchOptions = {
  /** How many hits at most. */
  limit: number
  /** Ids never returned (the source item, items already in the cart...). */
  exclude?: ReadonlySet<ItemId>
}

/**
 * An in-memory index of unit vectors with exact top-k search by cosine similarity.
 * Rows live in one contiguous Float32Array; removal swaps the last row into the hole.
 * Created without a size (a remote model whose size is learnt from its answers), the index takes
 * the length of its first vector.
 */
export class ExactVectorIndex {
  private dimensions_: number
  private ids_: ItemId[] = []
  private rowById_ = new Map<ItemId, number>()
  private matrix_: Float32Array
  private readonly initialCapacity_: number

  constructor(dimensions?: number, initialCapacity = 1024) {
    if (dimensions !== undefined && (!Number.isInteger(dimensions) || dimensions <= 0)) {
      throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`)
    }
    this.dimensions_ = dimensions ?? 0
    this.initialCapacity_ = Math.max(1, initialCapacity)
    this.matrix_ = new Float32Array(this.dimensions_ * this.initialCapacity_)
  }

  /** Length of the vectors; 0 while an index created without a size holds nothing yet. */
  get dimensions(): number {
    return this.dimensions_
  }

  get size(): number {
    return this.ids_.length
  }

  /** Bytes held by the vectors (what the index costs in memory, ids aside). */
  get vectorBytes(): number {
    return this.matrix_.byteLength
  }

  has(id: ItemId): boolean {
    return this.rowById_.has(id)
  }

  /** The stored unit vector of an item, or undefined. */
  get(id: ItemId): Float32Array | undefined {
    const row = this.rowById_.get(id)
    if (row === undefined) return undefined
    return this.matrix_.slice(row * this.dimensions, (row + 1) * this.dimensions)
  }

  /** Adds or replaces an item's vector; the vector is normalized on the way in. */
  upsert(id: ItemId, vector: ArrayLike<number>): void {
    if (this.dimensions_ === 0 && vector.length > 0) {
      this.dimensions_ = vector.length
      this.matrix_ = new Float32Array(this.dimensions_ * this.initialCapacity_)
    }
    if (vector.length !== this.dimensions) {
      throw new RangeError(
        `Vector for ${id} has ${vector.length} dimensions, the index holds ${this.dimensions}`
      )
    }
    const unit = normalize(vector)
    let row = this.rowById_.get(id)
    if (row === undefined) {
      row = this.ids_.length
      this.ensureCapacity_(row + 1)
      this.ids_.push(id)
      this.rowById_.set(id, row)
    }
    this.matrix_.set(unit, row * this.dimensions)
  }

  remove(id: ItemId): boolean {
    const row = this.rowById_.get(id)
    if (row === undefined) return false
    const lastRow = this.ids_.length - 1
    if (row !== lastRow) {
      const lastId = this.ids_[lastRow]
      this.matrix_.copyWithin(
        row * this.dimensions,
        lastRow * this.dimensions,
        (lastRow + 1) * this.dimensions
      )
      this.ids_[row] = lastId
      this.rowById_.set(lastId, row)
    }
    this.ids_.pop()
    this.rowById_.delete(id)
    return true
  }

  /** Exact top-k by cosine similarity to `query` (normalized here), best first. */
  search(query: ArrayLike<number>, options: VectorSearchOptions): VectorHit[] {
    // An empty index answers nothing, whatever the query's size (it may not have one yet).
    const limit = Math.max(0, Math.floor(options.limit))
    if (limit === 0 || this.size === 0) return []
    if (query.length !== this.dimensions) {
      throw new RangeError(
        `Query has ${query.length} dimensions, the index holds ${this.dimensions}`
      )
    }
    const unit = normalize(query)
    const top = new TopK(limit)
    for (let row = 0; row < this.ids_.length; row++) {
      const id = this.ids_[row]
      if (options.exclude?.has(id)) continue
      top.offer(row, dot(unit, this.matrix_, row * this.dimensions))
    }
    return top.sorted().map(({ row, score }) => ({ id: this.ids_[row], similarity: score }))
  }

  /** Items most similar to a stored item, never the item itself. */
  searchSimilar(id: ItemId, options: VectorSearchOptions): VectorHit[] {
    const vector = this.get(id)
    if (!vector) return []
    const exclude = new Set(options.exclude ?? [])
    exclude.add(id)
    return this.search(vector, { ...options, exclude })
  }

  private ensureCapacity_(rows: number): void {
    const needed = rows * this.dimensions
    if (needed <= this.matrix_.length) return
    const grown = new Float32Array(Math.max(needed, this.matrix_.length * 2))
    grown.set(this.matrix_)
    this.matrix_ = grown
  }
}

/** A bounded min-heap keeping the k highest scores seen. */
class TopK {
  private rows_: number[] = []
  private scores_: number[] = []

  constructor(private readonly k: number) {}

  offer(row: number, score: number): void {
    if (this.rows_.length < this.k) {
      this.rows_.push(row)
      this.scores_.push(score)
      this.siftUp_(this.rows_.length - 1)
    } else if (score > this.scores_[0]) {
      this.rows_[0] = row
      this.scores_[0] = score
      this.siftDown_(0)
    }
  }

  sorted(): { row: number; score: number }[] {
    return this.rows_
      .map((row, i) => ({ row, score: this.scores_[i] }))
      .sort((a, b) => b.score - a.score || a.row - b.row)
  }

  private siftUp_(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.scores_[parent] <= this.scores_[i]) return
      this.swap_(i, parent)
      i = parent
    }
  }

  private siftDown_(i: number): void {
    const n = this.rows_.length
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < n && this.scores_[left] < this.scores_[smallest]) smallest = left
      if (right < n && this.scores_[right] < this.scores_[smallest]) smallest = right
      if (smallest === i) return
      this.swap_(i, smallest)
      i = smallest
    }
  }

  private swap_(a: number, b: number): void {
    ;[this.rows_[a], this.rows_[b]] = [this.rows_[b], this.rows_[a]]
    ;[this.scores_[a], this.scores_[b]] = [this.scores_[b], this.scores_[a]]
  }
}
