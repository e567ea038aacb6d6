import type { EmbeddingProvider } from "../../../engine"
import type { RecommendationOptions } from "../options"
import { HuggingFaceEmbeddingProvider } from "./hugging-face"
import { OnnxEmbeddingOptionsSchema, OnnxEmbeddingProvider, prepareOnnxModel } from "./onnx"
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
    case "onnx":
      return new OnnxEmbeddingProvider(onnxOptions(options))
  }
}

/** Work a provider needs done before it is constructed; run by the module's loader at startup. */
export async function prepareEmbeddingProvider(
  options: RecommendationOptions["embedding"]
): Promise<void> {
  if (options.provider === "onnx") await prepareOnnxModel(onnxOptions(options))
}

function onnxOptions(options: RecommendationOptions["embedding"]) {
  return options.onnx ?? OnnxEmbeddingOptionsSchema.parse({})
}

// The options schema already requires the chosen provider's section; this narrows the type.
function section<T>(value: T | undefined, name: string): T {
  if (value === undefined) {
    throw new Error(`medusa-plugin-recommendations: embedding.${name} is required`)
  }
  return value
}
