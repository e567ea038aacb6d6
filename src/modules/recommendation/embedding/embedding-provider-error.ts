/**
 * A failed embedding request, as the pipeline needs it: the HTTP status when there was an
 * answer, how long the server asked us to wait (`Retry-After`, a model still loading), so the
 * next attempt is not scheduled earlier than that, and whether the provider may get over it by
 * itself (an outage), so the product is retried until it does instead of being given up on.
 */
export class EmbeddingProviderError extends Error {
  readonly status?: number
  readonly retryAfterMs?: number
  readonly transient: boolean

  constructor(
    message: string,
    details: { status?: number; retryAfterMs?: number; transient?: boolean } = {}
  ) {
    super(message)
    this.name = "EmbeddingProviderError"
    this.status = details.status
    this.retryAfterMs = details.retryAfterMs
    this.transient = details.transient ?? false
  }
}

/** No answer at all, a timeout, throttling or a server error: the provider is down, not us. */
export function isTransientFailure(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500
}

/**
 * The wait a server asked for, in milliseconds: `retry-after-ms` (OpenAI) or `Retry-After`
 * (seconds or an HTTP date). Undefined when absent or unreadable.
 */
export function retryAfterMsFromHeaders(
  headers: Headers | undefined,
  now = Date.now()
): number | undefined {
  const milliseconds = Number(headers?.get("retry-after-ms") ?? Number.NaN)
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds
  const value = headers?.get("retry-after")?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** What a client exposed of a failed request. */
export type FailedRequest = {
  timedOut: boolean
  timeoutMs: number
  status?: number
  retryAfterMs?: number
}

/** Turns a client's exception into the error the pipeline reads; never includes credentials. */
export function toEmbeddingProviderError(
  providerId: string,
  error: unknown,
  request: FailedRequest
): EmbeddingProviderError {
  if (error instanceof EmbeddingProviderError) return error
  if (request.timedOut) {
    return new EmbeddingProviderError(`${providerId}: no answer within ${request.timeoutMs} ms`, {
      transient: true,
    })
  }
  const message = error instanceof Error ? error.message : String(error)
  const status = request.status === undefined ? "" : `HTTP ${request.status}: `
  return new EmbeddingProviderError(`${providerId}: ${status}${message}`, {
    status: request.status,
    retryAfterMs: request.retryAfterMs,
    transient: isTransientFailure(request.status),
  })
}

/**
 * Checks that a provider answered one vector per text, all of one length: the configured one,
 * or the length of the first answer when none was configured. Vectors of another length would
 * be unusable next to the stored ones.
 */
export class VectorLengthCheck {
  private dimensions_: number | undefined

  constructor(
    private readonly providerId: string,
    configured: number | undefined
  ) {
    this.dimensions_ = configured
  }

  get dimensions(): number | undefined {
    return this.dimensions_
  }

  check(vectors: readonly Float32Array[], texts: number): Float32Array[] {
    if (vectors.length !== texts) {
      throw new EmbeddingProviderError(
        `${this.providerId} answered ${vectors.length} vectors for ${texts} texts`
      )
    }
    for (const vector of vectors) {
      this.dimensions_ ??= vector.length
      if (vector.length !== this.dimensions_) {
        throw new EmbeddingProviderError(
          `${this.providerId} answered a vector of ${vector.length} dimensions, expected ${this.dimensions_}`
        )
      }
    }
    return [...vectors]
  }
}
