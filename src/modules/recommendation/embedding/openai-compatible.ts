import OpenAI, { APIError } from "openai"
import { normalize, type EmbeddingProvider } from "../../../engine"
import type { OpenAIEmbeddingOptions } from "../options"
import {
  retryAfterMsFromHeaders,
  toEmbeddingProviderError,
  VectorLengthCheck,
} from "./embedding-provider-error"

const OPENAI_API_HOST = "api.openai.com"

/**
 * Embeddings from any server speaking OpenAI's `POST {baseURL}/embeddings`: OpenAI itself,
 * Ollama, vLLM, Text Embeddings Inference. One request per batch; every vector comes back
 * unit-length, in the order of the texts.
 */
export class OpenAICompatibleEmbeddingProvider implements EmbeddingProvider {
  readonly id: string
  private readonly client_: OpenAI
  private readonly lengths_: VectorLengthCheck

  constructor(private readonly options: OpenAIEmbeddingOptions) {
    // Shortened vectors are other vectors: the requested length is part of the model id.
    this.id = `openai:${options.model}${options.dimensions ? `@${options.dimensions}` : ""}`
    const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY
    if (!apiKey && new URL(options.baseURL).hostname === OPENAI_API_HOST) {
      throw new Error(
        `medusa-plugin-recommendations: embedding.openai.apiKey or OPENAI_API_KEY is required for ${OPENAI_API_HOST}`
      )
    }
    this.client_ = new OpenAI({
      // Local servers (Ollama, vLLM) ignore the key, but the client insists on one.
      apiKey: apiKey ?? "unused",
      baseURL: options.baseURL,
      // Our pipeline schedules retries, with the server's Retry-After.
      maxRetries: 0,
    })
    this.lengths_ = new VectorLengthCheck(this.id, options.dimensions)
  }

  get dimensions(): number | undefined {
    return this.lengths_.dimensions
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return []
    const { model, dimensions, timeoutMs } = this.options
    // Our own signal rather than the client's `timeout`: it also bounds reading the body.
    const timeout = AbortSignal.timeout(timeoutMs)
    try {
      const response = await this.client_.embeddings.create(
        {
          model,
          input: [...texts],
          ...(dimensions ? { dimensions } : {}),
          // The client asks for base64 by default, which not every compatible server speaks.
          encoding_format: "float",
        },
        { signal: timeout }
      )
      const vectors = [...response.data]
        .sort((a, b) => a.index - b.index)
        .map((item) => normalize(item.embedding))
      return this.lengths_.check(vectors, texts.length)
    } catch (error) {
      const answer = error instanceof APIError ? error : undefined
      throw toEmbeddingProviderError(this.id, error, {
        timedOut: timeout.aborted,
        timeoutMs,
        status: answer?.status,
        retryAfterMs: retryAfterMsFromHeaders(answer?.headers),
      })
    }
  }
}
