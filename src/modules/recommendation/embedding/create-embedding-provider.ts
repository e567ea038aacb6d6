import type { EmbeddingProvider } from "../../../engine"
import { EMBEDDING_PROVIDERS, type RecommendationOptions } from "../options"
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
      return new UniversalSentenceEncoderProvider(options.local)
    case "huggingface":
      return new HuggingFaceEmbeddingProvider(section(options.huggingface, "huggingface"))
    case "openai":
      return new OpenAICompatibleEmbeddingProvider(section(options.openai, "openai"))
    case "onnx":
      return new OnnxEmbeddingProvider(onnxOptions(options))
  }
}

/**
 * A provider the options can still build whose vectors are `modelId`'s: after a model change,
 * the previous model embeds search queries while its vectors serve. Only the default model and
 * providers whose section is still in the options qualify; undefined when none matches.
 */
export function findEmbeddingProvider(
  options: RecommendationOptions["embedding"],
  modelId: string
): EmbeddingProvider | undefined {
  for (const provider of EMBEDDING_PROVIDERS) {
    if (provider !== "universal-sentence-encoder" && !options[provider]) continue
    try {
      const candidate = createEmbeddingProvider({ ...options, provider })
      if (candidate.id === modelId) return candidate
    } catch {
      // An ONNX model no longer on disk cannot embed queries: search falls back instead.
    }
  }
  return undefined
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
