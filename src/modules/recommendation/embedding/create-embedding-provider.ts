import type { EmbeddingProvider } from "../../../engine"
import type { RecommendationOptions } from "../options"
import { HuggingFaceEmbeddingProvider } from "./hugging-face"
import { OpenAICompatibleEmbeddingProvider } from "./openai-compatible"
import { UniversalSentenceEncoderProvider } from "./universal-sentence-encoder"

/** The one place that maps the `embedding.provider` option to an implementation. */
export function createEmbeddingProvider(
  options: RecommendationOptions["embedding"]
): EmbeddingProvider {
  switch (options.provider) {
    case "universal-sentence-encoder":
      return new UniversalSentenceEncoderProvider()
    case "huggingface":
      return new HuggingFaceEmbeddingProvider(section(options.huggingface, "huggingface"))
    case "openai":
      return new OpenAICompatibleEmbeddingProvider(section(options.openai, "openai"))
  }
}

// The options schema already requires the chosen provider's section; this narrows the type.
function section<T>(value: T | undefined, name: string): T {
  if (value === undefined) {
    throw new Error(`medusa-plugin-recommendations: embedding.${name} is required`)
  }
  return value
}
