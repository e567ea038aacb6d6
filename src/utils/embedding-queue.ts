import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECOMMENDATION_MODULE } from "../modules/recommendation"
import type RecommendationModuleService from "../modules/recommendation/service"
import { embedPendingProductsWorkflow } from "../workflows/embed-pending-products"
import { markProductsForEmbeddingWorkflow } from "../workflows/mark-products-for-embedding"
import { syncEmbeddingModelWorkflow } from "../workflows/sync-embedding-model"
import { iterateProductIdPages } from "./catalog"

/**
 * Queues products for (re-)embedding: the given ones, or the whole catalog page by page.
 * Unchanged texts are not embedded again, so queueing everything is cheap. Returns the count.
 */
export async function queueProductsForEmbedding(
  container: MedusaContainer,
  productIds?: string[]
): Promise<number> {
  const queue = (ids: string[]) =>
    markProductsForEmbeddingWorkflow(container).run({ input: { product_ids: ids } })
  if (productIds) {
    if (productIds.length) await queue(productIds)
    return productIds.length
  }
  let total = 0
  for await (const ids of iterateProductIdPages(container)) {
    await queue(ids)
    total += ids.length
  }
  return total
}

export type DrainSummary = {
  batches: number
  claimed: number
  embedded: number
  unchanged: number
  failed: number
  removed: number
}

export type DrainOptions = {
  /** Stop starting new batches after this many milliseconds. */
  deadlineMs?: number
  /** Called after each batch, e.g. to print progress. */
  onBatch?: (summary: DrainSummary) => void
}

/**
 * Embeds pending products batch after batch until none is left (or the deadline passes).
 * Postgres holds the queue, so whoever calls this (subscriber, job, script) shares the work.
 * Before, products another model embedded are queued (a model change); after, that model's
 * vectors are retired if the configured one now covers enough of the catalog.
 */
export async function drainEmbeddingQueue(
  container: MedusaContainer,
  options: DrainOptions = {}
): Promise<DrainSummary> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const limit = service.getOptions().embedding.batchSize
  const deadline = Date.now() + (options.deadlineMs ?? Number.POSITIVE_INFINITY)
  const total: DrainSummary = {
    batches: 0,
    claimed: 0,
    embedded: 0,
    unchanged: 0,
    failed: 0,
    removed: 0,
  }
  await syncEmbeddingModelWorkflow(container).run()
  while (Date.now() < deadline) {
    const { result } = await embedPendingProductsWorkflow(container).run({ input: { limit } })
    if (result.claimed === 0) break
    total.batches += 1
    total.claimed += result.claimed
    total.embedded += result.embedded
    total.unchanged += result.unchanged
    total.failed += result.failed
    total.removed += result.removed
    options.onBatch?.(total)
  }
  await syncEmbeddingModelWorkflow(container).run()
  return total
}

// Per-process coalescing: a 10k-product import emits 10k events but starts one drain at a time.
let running: Promise<void> | undefined
let rerunRequested = false
const DEBOUNCE_MS = 250

/**
 * Asks for the pending queue to be drained soon, without waiting for it. Bursts of requests
 * collapse into one drain; a request during a drain schedules one more pass after it.
 */
export function requestEmbeddingDrain(container: MedusaContainer): void {
  if (running) {
    rerunRequested = true
    return
  }
  running = new Promise<void>((resolve) => setTimeout(resolve, DEBOUNCE_MS))
    .then(() => drainEmbeddingQueue(container))
    .then(
      () => undefined,
      (error: Error) => {
        const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
        logger.error(`[recommendations] embedding run failed: ${error.message}`)
      }
    )
    .finally(() => {
      running = undefined
      if (rerunRequested) {
        rerunRequested = false
        requestEmbeddingDrain(container)
      }
    })
}
