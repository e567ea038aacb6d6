/**
 * Keeps the `capacity` best (index, score) pairs offered, in typed arrays (a min-heap on score,
 * ties broken towards the lower index so results are deterministic). No allocation per offer.
 */
export class TopKSelector {
  private readonly indices_: Int32Array
  private readonly scores_: Float64Array
  private size_ = 0

  constructor(readonly capacity: number) {
    this.indices_ = new Int32Array(Math.max(1, capacity))
    this.scores_ = new Float64Array(Math.max(1, capacity))
  }

  get size(): number {
    return this.size_
  }

  /** Whether an item with this score would be kept now (lets callers skip costly checks). */
  wouldAccept(index: number, score: number): boolean {
    if (this.size_ < this.capacity) return this.capacity > 0
    return isBetter(score, index, this.scores_[0], this.indices_[0])
  }

  offer(index: number, score: number): void {
    if (this.size_ < this.capacity) {
      this.indices_[this.size_] = index
      this.scores_[this.size_] = score
      this.siftUp_(this.size_++)
    } else if (this.capacity > 0 && isBetter(score, index, this.scores_[0], this.indices_[0])) {
      this.indices_[0] = index
      this.scores_[0] = score
      this.siftDown_(0)
    }
  }

  /** Empties the selector into the arrays, best first; returns how many were written. */
  drain(indicesOut: Int32Array, scoresOut: Float64Array): number {
    const count = this.size_
    // Pop the worst repeatedly and fill from the back: best ends up first.
    for (let slot = count - 1; slot >= 0; slot--) {
      indicesOut[slot] = this.indices_[0]
      scoresOut[slot] = this.scores_[0]
      this.size_--
      if (this.size_ > 0) {
        this.indices_[0] = this.indices_[this.size_]
        this.scores_[0] = this.scores_[this.size_]
        this.siftDown_(0)
      }
    }
    return count
  }

  private siftUp_(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1
      if (
        !isBetter(
          this.scores_[parent],
          this.indices_[parent],
          this.scores_[slot],
          this.indices_[slot]
        )
      )
        return
      this.swap_(slot, parent)
      slot = parent
    }
  }

  private siftDown_(slot: number): void {
    for (;;) {
      const left = 2 * slot + 1
      const right = left + 1
      let worst = slot
      if (left < this.size_ && this.isWorse_(left, worst)) worst = left
      if (right < this.size_ && this.isWorse_(right, worst)) worst = right
      if (worst === slot) return
      this.swap_(slot, worst)
      slot = worst
    }
  }

  private isWorse_(a: number, b: number): boolean {
    return isBetter(this.scores_[b], this.indices_[b], this.scores_[a], this.indices_[a])
  }

  private swap_(a: number, b: number): void {
    const index = this.indices_[a]
    this.indices_[a] = this.indices_[b]
    this.indices_[b] = index
    const score = this.scores_[a]
    this.scores_[a] = this.scores_[b]
    this.scores_[b] = score
  }
}

function isBetter(score: number, index: number, otherScore: number, otherIndex: number): boolean {
  return score > otherScore || (score === otherScore && index < otherIndex)
}
