import type { ItemVocabulary } from "../interactions/item-vocabulary"
import type { ItemId } from "../types"
import { TopKSelector } from "./top-k"

/** One neighbour of an item, as the public API returns it. */
export type ItemNeighbour = { id: ItemId; score: number; support: number }

/**
 * Per-item neighbour lists in compressed sparse rows: the neighbours of item i are entries
 * offsets[i] .. offsets[i + 1] - 1, best score first. `support` is the evidence behind each score
 * (shoppers or orders behind a co-occurrence, or 0 for semantic neighbours).
 */
export class ItemNeighbours {
  constructor(
    readonly offsets: Uint32Array,
    readonly neighbours: Int32Array,
    readonly scores: Float32Array,
    readonly support: Float32Array
  ) {}

  get itemCount(): number {
    return this.offsets.length - 1
  }

  get entryCount(): number {
    return this.neighbours.length
  }

  /** The same lists cut to their best `k` entries (a copy; rows are already sorted). */
  truncated(k: number): ItemNeighbours {
    const builder = new ItemNeighboursBuilder(this.itemCount, k)
    for (let item = 0; item < this.itemCount; item++) {
      const start = this.offsets[item]
      const end = Math.min(this.offsets[item + 1], start + k)
      for (let entry = start; entry < end; entry++) {
        builder.push(this.neighbours[entry], this.scores[entry], this.support[entry])
      }
      builder.endRow()
    }
    return builder.build()
  }

  /**
   * The same lists with every score raised to `exponent` (negative scores become 0). Above 1 it
   * sharpens: summed over a history, a few near-duplicates then outweigh many loose matches.
   * Order within a row is unchanged.
   */
  sharpened(exponent: number): ItemNeighbours {
    if (exponent === 1) return this
    const scores = this.scores.map((score) => Math.pow(Math.max(0, score), exponent))
    return new ItemNeighbours(this.offsets, this.neighbours, scores, this.support)
  }

  /** The neighbours of an item by id, best first, at most `limit`. */
  of(vocabulary: ItemVocabulary, id: ItemId, limit = Infinity): ItemNeighbour[] {
    const item = vocabulary.indexOf(id)
    if (item < 0 || item >= this.itemCount) return []
    const start = this.offsets[item]
    const end = Math.min(this.offsets[item + 1], start + limit)
    const out: ItemNeighbour[] = []
    for (let entry = start; entry < end; entry++) {
      out.push({
        id: vocabulary.idAt(this.neighbours[entry]),
        score: this.scores[entry],
        support: this.support[entry],
      })
    }
    return out
  }
}

/** Builds ItemNeighbours row by row (item 0 first) into growing typed arrays. */
export class ItemNeighboursBuilder {
  private readonly offsets_: Uint32Array
  private neighbours_: Int32Array
  private scores_: Float32Array
  private support_: Float32Array
  private row_ = 0
  private length_ = 0

  constructor(
    private readonly itemCount: number,
    expectedPerRow: number
  ) {
    this.offsets_ = new Uint32Array(itemCount + 1)
    const capacity = Math.max(16, Math.min(itemCount * expectedPerRow, 1 << 24))
    this.neighbours_ = new Int32Array(capacity)
    this.scores_ = new Float32Array(capacity)
    this.support_ = new Float32Array(capacity)
  }

  push(neighbour: number, score: number, support: number): void {
    if (this.length_ === this.neighbours_.length) this.grow_()
    this.neighbours_[this.length_] = neighbour
    this.scores_[this.length_] = score
    this.support_[this.length_] = support
    this.length_++
  }

  endRow(): void {
    this.offsets_[++this.row_] = this.length_
  }

  build(): ItemNeighbours {
    while (this.row_ < this.itemCount) this.endRow()
    return new ItemNeighbours(
      this.offsets_,
      this.neighbours_.slice(0, this.length_),
      this.scores_.slice(0, this.length_),
      this.support_.slice(0, this.length_)
    )
  }

  private grow_(): void {
    const capacity = this.neighbours_.length * 2
    const neighbours = new Int32Array(capacity)
    neighbours.set(this.neighbours_)
    const scores = new Float32Array(capacity)
    scores.set(this.scores_)
    const support = new Float32Array(capacity)
    support.set(this.support_)
    this.neighbours_ = neighbours
    this.scores_ = scores
    this.support_ = support
  }
}

/**
 * A dense scratch row for building one item's neighbour list at a time: co-occurrence weight and
 * support per column, the list of touched columns, and a per-basket stamp so a basket adds its
 * support to a pair once. Reused for every row, so building allocates nothing per pair.
 */
export class RowAccumulator {
  readonly weight: Float64Array
  readonly support: Float64Array
  readonly score: Float64Array
  readonly touched: Int32Array
  touchedCount = 0
  private readonly basketStamp_: Int32Array
  private readonly selector_: TopKSelector
  private readonly topIndices_: Int32Array
  private readonly topScores_: Float64Array

  constructor(columnCount: number, keep: number) {
    this.weight = new Float64Array(columnCount)
    this.support = new Float64Array(columnCount)
    this.score = new Float64Array(columnCount)
    this.touched = new Int32Array(columnCount)
    this.basketStamp_ = new Int32Array(columnCount).fill(-1)
    this.selector_ = new TopKSelector(keep)
    this.topIndices_ = new Int32Array(Math.max(1, keep))
    this.topScores_ = new Float64Array(Math.max(1, keep))
  }

  /** Adds `weight` to a column; the first addition from `basket` also adds 1 to its support. */
  add(column: number, weight: number, basket: number): void {
    if (this.weight[column] === 0 && this.support[column] === 0) {
      this.touched[this.touchedCount++] = column
    }
    this.weight[column] += weight
    if (this.basketStamp_[column] !== basket) {
      this.basketStamp_[column] = basket
      this.support[column] += 1
    }
  }

  /**
   * Appends the touched columns with the best `score` (filled by the caller) to the builder as
   * the current row, skipping scores not above `minScore`, then clears the row.
   */
  emitRow(builder: ItemNeighboursBuilder, minScore = 0): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const column = this.touched[i]
      if (this.score[column] > minScore) this.selector_.offer(column, this.score[column])
    }
    const count = this.selector_.drain(this.topIndices_, this.topScores_)
    for (let i = 0; i < count; i++) {
      const column = this.topIndices_[i]
      builder.push(column, this.topScores_[i], this.support[column])
    }
    builder.endRow()
    this.clear_()
  }

  private clear_(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const column = this.touched[i]
      this.weight[column] = 0
      this.support[column] = 0
      this.score[column] = 0
      this.basketStamp_[column] = -1
    }
    this.touchedCount = 0
  }
}
