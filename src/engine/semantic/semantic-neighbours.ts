import { ItemNeighboursBuilder, type ItemNeighbours } from "../collaborative/item-neighbours"
import { TopKSelector } from "../collaborative/top-k"
import type { ItemVectors } from "./item-vectors"

export type SemanticNeighbourOptions = {
  /** Neighbours kept per item. */
  neighbours: number
  /**
   * Up to this many items with a vector, every pair is compared (exact). Above it, items are
   * grouped into partitions by k-means and compared only with the items of the partitions
   * nearest to theirs (approximate; recall is measured in bench/engine.ts).
   */
  exactUpTo?: number
  /** Partitions compared with each partition, its own included (approximate build). */
  probes?: number
  /** Called after each block of rows with the number of items done. */
  onProgress?: (done: number, total: number) => void
}

export const DEFAULT_EXACT_NEIGHBOURS_UP_TO = 5_000
export const DEFAULT_PARTITION_PROBES = 12

/** Rows per block: a block's vectors stay in cache while every later row is compared with it. */
const BLOCK_ROWS = 64
const KMEANS_ITERATIONS = 3
/** Items sampled per partition to train the centroids: enough for k-means to settle. */
const TRAINING_ITEMS_PER_PARTITION = 6

/**
 * Each item's nearest items by cosine similarity of their embeddings. Small catalogs compare
 * every pair once (n²/2 dot products: about a minute for 12,000 items × 512 dimensions on one
 * core); larger ones compare items within nearby k-means partitions, about n·√n dot products.
 * Items without a vector get empty lists. Support is 0: the evidence is the text, not shoppers.
 */
export function buildSemanticNeighbours(
  vectors: ItemVectors,
  options: SemanticNeighbourOptions
): ItemNeighbours {
  const present = Int32Array.from({ length: vectors.size }, (_, i) => i).filter((i) =>
    vectors.has(i)
  )
  const rows = Array.from({ length: vectors.size }, () => new TopKSelector(options.neighbours))
  if (present.length <= (options.exactUpTo ?? DEFAULT_EXACT_NEIGHBOURS_UP_TO)) {
    compareAllPairs(vectors, present, rows, options.onProgress)
  } else {
    comparePartitions(vectors, present, rows, options)
  }

  const builder = new ItemNeighboursBuilder(vectors.size, options.neighbours)
  const indices = new Int32Array(Math.max(1, options.neighbours))
  const scores = new Float64Array(Math.max(1, options.neighbours))
  for (let item = 0; item < vectors.size; item++) {
    const kept = rows[item].drain(indices, scores)
    for (let i = 0; i < kept; i++) builder.push(indices[i], scores[i], 0)
    builder.endRow()
  }
  return builder.build()
}

function compareAllPairs(
  vectors: ItemVectors,
  present: Int32Array,
  rows: TopKSelector[],
  onProgress: SemanticNeighbourOptions["onProgress"]
): void {
  for (let blockStart = 0; blockStart < present.length; blockStart += BLOCK_ROWS) {
    const blockEnd = Math.min(present.length, blockStart + BLOCK_ROWS)
    for (let p = blockStart; p < present.length; p++) {
      const b = present[p]
      for (let q = blockStart; q < Math.min(blockEnd, p); q++) {
        const a = present[q]
        const similarity = vectors.cosine(a, b)
        rows[a].offer(b, similarity)
        rows[b].offer(a, similarity)
      }
    }
    onProgress?.(blockEnd, present.length)
  }
}

function comparePartitions(
  vectors: ItemVectors,
  present: Int32Array,
  rows: TopKSelector[],
  options: SemanticNeighbourOptions
): void {
  // √(probes·n) partitions balance ranking them for each item (n·k dot products) against
  // comparing each item with the members of its nearest ones (n·probes·n/k).
  const partitionCount = Math.max(1, Math.round(Math.sqrt(probesOf(options) * present.length)))
  const probes = Math.min(probesOf(options), partitionCount)
  const centroids = trainCentroids(vectors, present, partitionCount)

  // Each item joins its nearest partition and probes its `probes` nearest ones.
  const members: number[][] = Array.from({ length: partitionCount }, () => [])
  const probing: number[][] = Array.from({ length: partitionCount }, () => [])
  const probed = new Int32Array(vectors.size * probes).fill(-1)
  const home = new Int32Array(vectors.size).fill(-1)
  const nearest = new TopKSelector(probes)
  const found = new Int32Array(probes)
  const foundScores = new Float64Array(probes)
  for (const item of present) {
    for (let c = 0; c < partitionCount; c++) nearest.offer(c, vectors.dot(centroids.row(c), item))
    const count = nearest.drain(found, foundScores)
    home[item] = found[0]
    members[found[0]].push(item)
    for (let i = 0; i < count; i++) {
      probing[found[i]].push(item)
      probed[item * probes + i] = found[i]
    }
  }
  const isProbedBy = (item: number, partition: number) => {
    for (let i = item * probes; i < (item + 1) * probes; i++)
      if (probed[i] === partition) return true
    return false
  }

  let done = 0
  for (let partition = 0; partition < partitionCount; partition++) {
    const inside = members[partition]
    for (const a of probing[partition]) {
      for (const b of inside) {
        if (a === b) continue
        const similarity = vectors.cosine(a, b)
        if (rows[a].wouldAccept(b, similarity)) rows[a].offer(b, similarity)
        // b's list gains a for free, unless b meets a again by probing a's partition itself.
        if (!isProbedBy(b, home[a]) && rows[b].wouldAccept(a, similarity))
          rows[b].offer(a, similarity)
      }
    }
    done += inside.length
    options.onProgress?.(done, present.length)
  }
}

function probesOf(options: SemanticNeighbourOptions): number {
  return Math.max(1, options.probes ?? DEFAULT_PARTITION_PROBES)
}

/** Unit centroids in one matrix. */
class Centroids {
  readonly matrix: Float32Array
  /** Views of the matrix's rows, made once: the hot loops ask for them n·k times. */
  private readonly rows_: Float32Array[]

  constructor(
    readonly count: number,
    readonly dimensions: number
  ) {
    this.matrix = new Float32Array(count * dimensions)
    this.rows_ = Array.from({ length: count }, (_, c) =>
      this.matrix.subarray(c * dimensions, (c + 1) * dimensions)
    )
  }

  row(c: number): Float32Array {
    return this.rows_[c]
  }

  /** The centroid nearest to an item's vector. */
  nearest(vectors: ItemVectors, item: number): number {
    let best = 0
    let bestScore = -Infinity
    for (let c = 0; c < this.count; c++) {
      const score = vectors.dot(this.row(c), item)
      if (score > bestScore) {
        bestScore = score
        best = c
      }
    }
    return best
  }

  normalizeRow(c: number): void {
    const row = this.row(c)
    let norm = 0
    for (let d = 0; d < row.length; d++) norm += row[d] * row[d]
    norm = Math.sqrt(norm)
    if (norm > 0) for (let d = 0; d < row.length; d++) row[d] /= norm
  }
}

/**
 * Spherical k-means on an evenly spaced sample of the items (deterministic: no randomness, so a
 * rebuild of an unchanged catalog gives the same lists).
 */
function trainCentroids(vectors: ItemVectors, present: Int32Array, count: number): Centroids {
  const centroids = new Centroids(count, vectors.dimensions)
  const sampleSize = Math.min(present.length, count * TRAINING_ITEMS_PER_PARTITION)
  const sample = Int32Array.from(
    { length: sampleSize },
    (_, i) => present[Math.floor((i * present.length) / sampleSize)]
  )
  for (let c = 0; c < count; c++) {
    vectors.addTo(centroids.row(c), sample[Math.floor((c * sampleSize) / count)], 1)
  }
  const assignment = new Int32Array(sampleSize)
  for (let iteration = 0; iteration < KMEANS_ITERATIONS; iteration++) {
    for (let s = 0; s < sampleSize; s++) assignment[s] = centroids.nearest(vectors, sample[s])
    const sizes = new Int32Array(count)
    centroids.matrix.fill(0)
    for (let s = 0; s < sampleSize; s++) {
      vectors.addTo(centroids.row(assignment[s]), sample[s], 1)
      sizes[assignment[s]]++
    }
    for (let c = 0; c < count; c++) {
      // An empty partition restarts from a sample item, so none is wasted.
      if (sizes[c] === 0) vectors.addTo(centroids.row(c), sample[(c * 7919) % sampleSize], 1)
      centroids.normalizeRow(c)
    }
  }
  return centroids
}
