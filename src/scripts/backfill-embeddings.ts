import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainEmbeddingQueue, queueProductsForEmbedding } from "../utils/embedding-queue"

/**
 * Queues every product for embedding and embeds them, printing progress. Unchanged texts are
 * not embedded again, so it is safe to run at any time (first install, after an import...).
 *
 *   npx medusa exec ./node_modules/medusa-plugin-recommendations/.medusa/server/src/scripts/backfill-embeddings.js
 */
export default async function backfillEmbeddings({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const total = await queueProductsForEmbedding(container)
  logger.info(`[recommendations] embedding ${total} products`)

  const startedAt = Date.now()
  const summary = await drainEmbeddingQueue(container, {
    onBatch: (progress) => {
      const seconds = (Date.now() - startedAt) / 1000
      const rate = progress.claimed / Math.max(seconds, 0.001)
      const eta = Math.max(0, (total - progress.claimed) / Math.max(rate, 0.001))
      logger.info(
        `[recommendations] ${progress.claimed}/${total} products ` +
          `(${rate.toFixed(1)}/s, ETA ${eta.toFixed(0)} s)`
      )
    },
  })
  logger.info(
    `[recommendations] done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ` +
      `${summary.embedded} embedded, ${summary.unchanged} unchanged, ${summary.failed} failed`
  )
}
