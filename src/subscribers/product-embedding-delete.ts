import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { removeProductEmbeddingsWorkflow } from "../workflows/remove-product-embeddings"

/** Drops a deleted product's embedding, so it leaves every instance's index. */
export default async function productEmbeddingDeleteHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await removeProductEmbeddingsWorkflow(container).run({ input: { product_ids: [data.id] } })
}

export const config: SubscriberConfig = {
  event: "product.deleted",
  context: { subscriberId: "recommendations-product-embedding-delete" },
}
