import type { EmbeddingProvider } from "../../../engine"
import type { RecommendationOptions } from "../options"
import { OnnxEmbeddingOptionsSchema, OnnxEmbeddingProvider, prepareOnnxModel } from "./onnx"
import { UniversalSentenceEncoderProvider } from "./universal-sentence-encoder"

/** The one place that maps the `embedding.provider` option to an implementation. */
export function createEmbeddingProvider(
  options: RecommendationOptions["embedding"]
): EmbeddingProvider {
  switch (options.provider) {
    case "universal-sentence-encoder":
      return new UniversalSentenceEncoderProvider()
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
