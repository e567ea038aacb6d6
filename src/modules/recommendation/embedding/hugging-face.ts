import {
  InferenceClient,
  InferenceClientProviderApiError,
  type FeatureExtractionOutput,
} from "@huggingface/inference"
import { normalize, type EmbeddingProvider } from "../../../engine"
import type { HuggingFaceEmbeddingOptions } from "../options"
import {
  EmbeddingProviderError,
  retryAfterMsFromHeaders,
  toEmbeddingProviderError,
  VectorLengthCheck,
} from "./embedding-provider-error"

/**
 * Sentence embeddings from Hugging Face with `@huggingface/inference`: a model on HF Inference
 * Providers, or an endpoint (dedicated Inference Endpoint, self-hosted Text Embeddings
 * Inference) to which the client POSTs `{ "inputs": [...] }`. One request per batch; every
 * vector comes back unit-length.
 */
export class HuggingFaceEmbeddingProvider implements EmbeddingProvider {
  readonly id: string
  private readonly client_: InferenceClient
  private readonly lengths_: VectorLengthCheck

  constructor(private readonly options: HuggingFaceEmbeddingOptions) {
    this.id = `huggingface:${options.model}`
    this.client_ = new InferenceClient(options.token ?? process.env.HF_TOKEN ?? "")
    this.lengths_ = new VectorLengthCheck(this.id, options.dimensions)
  }

  get dimensions(): number | undefined {
    return this.lengths_.dimensions
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return []
    const { model, endpointUrl, timeoutMs } = this.options
    // The client keeps only status and body of a failed answer: keep its headers (Retry-After).
    let failed: Response | undefined
    const recordFailures: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (!response.ok) failed = response
      return response
    }
    const timeout = AbortSignal.timeout(timeoutMs)
    let answer: FeatureExtractionOutput
    try {
      answer = await this.client_.featureExtraction(
        endpointUrl
          ? { endpointUrl, inputs: [...texts] }
          : { model, provider: this.options.provider ?? "hf-inference", inputs: [...texts] },
        // Our pipeline schedules retries: the client would retry a 503 at once, forever.
        { retry_on_error: false, signal: timeout, fetch: recordFailures }
      )
    } catch (error) {
      const response = error instanceof InferenceClientProviderApiError ? error.httpResponse : null
      throw toEmbeddingProviderError(this.id, error, {
        timedOut: timeout.aborted,
        timeoutMs,
        status: response?.status,
        retryAfterMs:
          retryAfterMsFromHeaders(failed?.headers) ?? estimatedLoadingMs(response?.body),
      })
    }
    return this.lengths_.check(sentenceVectors(answer, texts.length, this.id), texts.length)
  }
}

/** A model still loading answers 503 with `{ "estimated_time": <seconds> }`. */
function estimatedLoadingMs(body: unknown): number | undefined {
  if (typeof body !== "object" || body === null || !("estimated_time" in body)) return undefined
  const seconds = Number(body.estimated_time)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

function isVector(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === "number")
}

/**
 * One unit vector per input. Sentence-transformers models answer sentence vectors; plain
 * transformer models answer token vectors ([tokens][dims], sometimes wrapped in a batch of one),
 * which are mean-pooled here. The inputs are embedded one by one on the server, so no padding
 * tokens need masking.
 */
function sentenceVectors(
  answer: FeatureExtractionOutput,
  texts: number,
  providerId: string
): Float32Array[] {
  // One text may come back as a bare vector instead of a list of one.
  if (texts === 1 && isVector(answer)) return [normalize(answer)]
  return answer.map((item) => sentenceVector(item, providerId))
}

function sentenceVector(item: unknown, providerId: string): Float32Array {
  if (isVector(item)) return normalize(item)
  if (!Array.isArray(item) || item.length === 0) throw unexpectedShape(providerId)
  if (item.length === 1 && Array.isArray(item[0]) && !isVector(item[0])) {
    return sentenceVector(item[0], providerId)
  }
  const dimensions = isVector(item[0]) ? item[0].length : 0
  const pooled = new Float32Array(dimensions)
  for (const token of item) {
    if (!isVector(token) || token.length !== dimensions) throw unexpectedShape(providerId)
    for (let d = 0; d < dimensions; d++) pooled[d] += token[d] / item.length
  }
  return normalize(pooled)
}

function unexpectedShape(providerId: string): EmbeddingProviderError {
  return new EmbeddingProviderError(`${providerId} answered vectors of an unexpected shape`)
}
