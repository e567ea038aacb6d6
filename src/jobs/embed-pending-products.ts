import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainEmbeddingQueue } from "../utils/embedding-queue"

/**
 * Sweeps whatever is still pending every minute: products whose events were lost, a worker
 * that died mid-batch (its claims expire), retries that came due.
 */
export default async function embedPendingProductsJob(container: MedusaContainer) {
  const summary = await drainEmbeddingQueue(container, { deadlineMs: 50_000 })
  if (summary.claimed > 0) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.info(
      `[recommendations] embedded ${summary.embedded}, unchanged ${summary.unchanged}, ` +
        `failed ${summary.failed}, removed ${summary.removed}`
    )
  }
}

export const config = {
  name: "recommendations-embed-pending-products",
  schedule: "* * * * *",
}
