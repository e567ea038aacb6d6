import { ItemNeighboursBuilder, type ItemNeighbours } from "../collaborative/item-neighbours"
import { TopKSelector } from "../collaborative/top-k"
import type { ItemVectors } from "./item-vectors"

export type SemanticNeighbourOptions = {
  /** Neighbours kept per item. */
  neighbours: number
  /** Called after each block of rows with the number of items done. */
  onProgress?: (done: number, total: number) => void
}

/** Rows per block: a block's vectors stay in cache while every later row is compared with it. */
const BLOCK_ROWS = 64

/**
 * Each item's nearest items by cosine similarity of their embeddings (exact, all pairs). Every
 * pair is computed once and offered to both rows, so the cost is n²/2 dot products: about a
 * minute for 12,000 items × 512 dimensions on one core. Items without a vector get empty lists.
 * Support is 0: the evidence is the text, not shoppers.
 */
export function buildSemanticNeighbours(
  vectors: ItemVectors,
  options: SemanticNeighbourOptions
): ItemNeighbours {
  const count = vectors.size
  const rows = Array.from({ length: count }, () => new TopKSelector(options.neighbours))
  const present = Int32Array.from({ length: count }, (_, i) => i).filter((i) => vectors.has(i))
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
    options.onProgress?.(blockEnd, present.length)
  }

  const builder = new ItemNeighboursBuilder(count, options.neighbours)
  const indices = new Int32Array(Math.max(1, options.neighbours))
  const scores = new Float64Array(Math.max(1, options.neighbours))
  for (let item = 0; item < count; item++) {
    const kept = rows[item].drain(indices, scores)
    for (let i = 0; i < kept; i++) builder.push(indices[i], scores[i], 0)
    builder.endRow()
  }
  return builder.build()
}
