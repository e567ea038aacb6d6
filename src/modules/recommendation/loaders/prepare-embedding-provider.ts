import type { LoaderOptions } from "@medusajs/framework/types"
import { prepareEmbeddingProvider } from "../embedding/create-embedding-provider"
import { parseRecommendationOptions } from "../options"

/**
 * Readies the embedding provider before the service is constructed: a local ONNX model's config
 * must be on disk (downloaded here when allowed), so a missing model stops startup with its path.
 */
export default async function prepareEmbeddingProviderLoader({
  options,
}: LoaderOptions): Promise<void> {
  await prepareEmbeddingProvider(parseRecommendationOptions(options).embedding)
}
