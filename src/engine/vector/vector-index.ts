import type { ItemId, VectorHit } from "../types"
import { normalize } from "./math"
import { TopKSelector } from "../collaborative/top-k"

export type VectorSearchOptions = {
  /** How many hits at most. */
  limit: number
  /** Ids never returned (the source item, items already in the cart...). */
  exclude?: ReadonlySet<ItemId>
}

/** An index's rows as plain arrays (copies): how it is handed to another thread. */
export type VectorIndexRows = {
  dimensions: number
  ids: ItemId[]
  codes: Int8Array
  scales: Float32Array
  writtenAt: Float64Array
}

/** The largest magnitude of an int8 code: codes are symmetric, in [-127, 127]. */
const CODE_MAX = 127

/**
 * An in-memory index of unit vectors, scalar-quantized to int8: each row keeps one byte per
 * dimension and one float32 scale (its largest magnitude / 127), a quarter of float32's memory
 * (512 + 4 bytes per 512-dimension vector). Searches score the float query against the codes
 * (asymmetric), which keeps the top-12 of an exact float32 search (recall 0.99+, see
 * bench/RESULTS.md). Rows live in one contiguous Int8Array; removal swaps the last row into the
 * hole. Created without a size (a remote model whose size is learnt from its answers), the index
 * takes the length of its first vector.
 */
export class VectorIndex {
  private dimensions_: number
  private ids_: ItemId[] = []
  private rowById_ = new Map<ItemId, number>()
  private codes_: Int8Array
  private scales_: Float32Array
  /** When each row's vector was written (the caller's clock, e.g. the row's updated_at). */
  private writtenAt_: Float64Array
  private writtenAfter_?: { time: number; version: number; ids: ItemId[] }
  private readonly initialCapacity_: number
  private version_ = 0

  constructor(dimensions?: number, initialCapacity = 1024) {
    if (dimensions !== undefined && (!Number.isInteger(dimensions) || dimensions <= 0)) {
      throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`)
    }
    this.dimensions_ = dimensions ?? 0
    this.initialCapacity_ = Math.max(1, initialCapacity)
    this.codes_ = new Int8Array(this.dimensions_ * this.initialCapacity_)
    this.scales_ = new Float32Array(this.initialCapacity_)
    this.writtenAt_ = new Float64Array(this.initialCapacity_)
  }

  /** An index holding exactly `rows` (as `toRows` gives them). */
  static fromRows(rows: VectorIndexRows): VectorIndex {
    const count = rows.ids.length
    const index = new VectorIndex(rows.dimensions || undefined, count)
    index.ids_ = [...rows.ids]
    index.rowById_ = new Map(rows.ids.map((id, row) => [id, row]))
    index.codes_.set(rows.codes.subarray(0, count * rows.dimensions))
    index.scales_.set(rows.scales.subarray(0, count))
    index.writtenAt_.set(rows.writtenAt.subarray(0, count))
    return index
  }

  /** A copy of the rows (see `fromRows`). */
  toRows(): VectorIndexRows {
    const count = this.ids_.length
    return {
      dimensions: this.dimensions_,
      ids: [...this.ids_],
      codes: this.codes_.slice(0, count * this.dimensions_),
      scales: this.scales_.slice(0, count),
      writtenAt: this.writtenAt_.slice(0, count),
    }
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
    return this.codes_.byteLength + this.scales_.byteLength
  }

  /** Changes whenever a vector is added, replaced or removed (rows may have moved). */
  get version(): number {
    return this.version_
  }

  has(id: ItemId): boolean {
    return this.rowById_.has(id)
  }

  /** The row holding an item's vector; rows move when items are removed. */
  rowOf(id: ItemId): number | undefined {
    return this.rowById_.get(id)
  }

  /** The stored unit vector of an item (decoded from its codes), or undefined. */
  get(id: ItemId): Float32Array | undefined {
    const row = this.rowById_.get(id)
    if (row === undefined) return undefined
    const vector = new Float32Array(this.dimensions_)
    this.addRowTo(vector, row, 1)
    return vector
  }

  /**
   * Adds or replaces an item's vector, quantized from its unit-length direction. `writtenAt`
   * (ms) dates it, for `idsWrittenAfter`.
   */
  upsert(id: ItemId, vector: ArrayLike<number>, writtenAt = 0): void {
    if (this.dimensions_ === 0 && vector.length > 0) {
      this.dimensions_ = vector.length
      this.codes_ = new Int8Array(this.dimensions_ * this.scales_.length)
    }
    if (vector.length !== this.dimensions) {
      throw new RangeError(
        `Vector for ${id} has ${vector.length} dimensions, the index holds ${this.dimensions}`
      )
    }
    // Normalizing and quantizing in one step: code = round(127 · v_d / max|v|) for any length
    // of v, and the row's scale maps codes back onto the unit vector.
    let squares = 0
    let largest = 0
    for (let d = 0; d < vector.length; d++) {
      squares += vector[d] * vector[d]
      largest = Math.max(largest, Math.abs(vector[d]))
    }
    const norm = Math.sqrt(squares)
    if (norm === 0 || !Number.isFinite(norm)) {
      throw new RangeError(`Vector for ${id} is a zero or non-finite vector`)
    }
    let row = this.rowById_.get(id)
    if (row === undefined) {
      row = this.ids_.length
      this.ensureCapacity_(row + 1)
      this.ids_.push(id)
      this.rowById_.set(id, row)
    }
    const toCode = CODE_MAX / largest
    const offset = row * this.dimensions_
    for (let d = 0; d < vector.length; d++) {
      this.codes_[offset + d] = Math.round(vector[d] * toCode)
    }
    const scale = largest / CODE_MAX / norm
    this.scales_[row] = scale
    this.writtenAt_[row] = writtenAt
    this.version_++
  }

  remove(id: ItemId): boolean {
    const row = this.rowById_.get(id)
    if (row === undefined) return false
    const lastRow = this.ids_.length - 1
    if (row !== lastRow) {
      const lastId = this.ids_[lastRow]
      const d = this.dimensions_
      this.codes_.copyWithin(row * d, lastRow * d, (lastRow + 1) * d)
      this.scales_[row] = this.scales_[lastRow]
      this.writtenAt_[row] = this.writtenAt_[lastRow]
      this.ids_[row] = lastId
      this.rowById_.set(lastId, row)
    }
    this.ids_.pop()
    this.rowById_.delete(id)
    this.version_++
    return true
  }

  /** When an item's vector was written (see `upsert`), or undefined. */
  writtenAt(id: ItemId): number | undefined {
    const row = this.rowById_.get(id)
    return row === undefined ? undefined : this.writtenAt_[row]
  }

  /** Items whose vectors were written after `time` (ms); kept until the index changes. */
  idsWrittenAfter(time: number): readonly ItemId[] {
    const cached = this.writtenAfter_
    if (cached?.time === time && cached.version === this.version_) return cached.ids
    const ids: ItemId[] = []
    for (let row = 0; row < this.ids_.length; row++) {
      if (this.writtenAt_[row] > time) ids.push(this.ids_[row])
    }
    this.writtenAfter_ = { time, version: this.version_, ids }
    return ids
  }

  /** Dot product of a float vector with a stored row (a cosine when `vector` is a unit vector). */
  dotRow(vector: Float32Array, row: number): number {
    const codes = this.codes_
    const offset = row * this.dimensions_
    const length = this.dimensions_
    // Unrolled by 4: V8 runs it about twice as fast as the plain loop.
    let s0 = 0
    let s1 = 0
    let s2 = 0
    let s3 = 0
    let d = 0
    for (; d + 3 < length; d += 4) {
      s0 += vector[d] * codes[offset + d]
      s1 += vector[d + 1] * codes[offset + d + 1]
      s2 += vector[d + 2] * codes[offset + d + 2]
      s3 += vector[d + 3] * codes[offset + d + 3]
    }
    for (; d < length; d++) s0 += vector[d] * codes[offset + d]
    return (s0 + s1 + s2 + s3) * this.scales_[row]
  }

  /** Cosine similarity of two stored rows. */
  cosineRows(a: number, b: number): number {
    const codes = this.codes_
    const length = this.dimensions_
    const aOffset = a * length
    const bOffset = b * length
    // Integer products: exact, and a sum of 512 of them stays far below 2^31.
    let s0 = 0
    let s1 = 0
    let d = 0
    for (; d + 1 < length; d += 2) {
      s0 += codes[aOffset + d] * codes[bOffset + d]
      s1 += codes[aOffset + d + 1] * codes[bOffset + d + 1]
    }
    for (; d < length; d++) s0 += codes[aOffset + d] * codes[bOffset + d]
    return (s0 + s1) * this.scales_[a] * this.scales_[b]
  }

  /** Cosine similarity of two items' stored vectors, or undefined when either has none. */
  cosineById(a: ItemId, b: ItemId): number | undefined {
    const rowA = this.rowById_.get(a)
    const rowB = this.rowById_.get(b)
    return rowA === undefined || rowB === undefined ? undefined : this.cosineRows(rowA, rowB)
  }

  /** target += weight · (the row's decoded vector). */
  addRowTo(target: Float32Array, row: number, weight: number): void {
    const offset = row * this.dimensions_
    const scaled = weight * this.scales_[row]
    for (let d = 0; d < this.dimensions_; d++) target[d] += scaled * this.codes_[offset + d]
  }

  /** Top-k by cosine similarity to `query` (normalized here) over every row, best first. */
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
    const top = new TopKSelector(limit)
    for (let row = 0; row < this.ids_.length; row++) {
      const score = this.dotRow(unit, row)
      if (!top.wouldAccept(row, score)) continue
      if (options.exclude?.has(this.ids_[row])) continue
      top.offer(row, score)
    }
    const rows = new Int32Array(limit)
    const scores = new Float64Array(limit)
    const count = top.drain(rows, scores)
    return Array.from({ length: count }, (_, i) => ({
      id: this.ids_[rows[i]],
      similarity: scores[i],
    }))
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
    if (rows <= this.scales_.length) return
    const capacity = Math.max(rows, this.scales_.length * 2)
    const codes = new Int8Array(capacity * this.dimensions_)
    codes.set(this.codes_)
    const scales = new Float32Array(capacity)
    scales.set(this.scales_)
    const writtenAt = new Float64Array(capacity)
    writtenAt.set(this.writtenAt_)
    this.codes_ = codes
    this.scales_ = scales
    this.writtenAt_ = writtenAt
  }
}
