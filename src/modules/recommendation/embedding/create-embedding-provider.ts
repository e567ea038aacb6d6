import type { EmbeddingProvider } from "../../../engine"
import type { RecommendationOptions } from "../options"
import { UniversalSentenceEncoderProvider } from "./universal-sentence-encoder"

/** The one place that maps the `embedding.provider` option to an implementation. */
export function createEmbeddingProvider(
  options: RecommendationOptions["embedding"]
): EmbeddingProvider {
  switch (options.provider) {
    case "universal-sentence-encoder":
      return new UniversalSentenceEncoderProvider()
  }
}
