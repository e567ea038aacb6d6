import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { requestEmbeddingDrain } from "../utils/embedding-queue"
import { markProductsForEmbeddingWorkflow } from "../workflows/mark-products-for-embedding"

/**
 * Queues a created or updated product for embedding. Only a row is written here; the embedding
 * itself runs in batches afterwards, and the scheduled job catches anything a crash left behind.
 */
export default async function productEmbeddingSyncHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await markProductsForEmbeddingWorkflow(container).run({ input: { product_ids: [data.id] } })
  requestEmbeddingDrain(container)
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated"],
  context: { subscriberId: "recommendations-product-embedding-sync" },
}
