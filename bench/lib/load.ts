import autocannon from "autocannon"

/** One request of a load run; runs rotate over their requests in order. */
export type LoadRequest = { method: "GET" | "POST"; path: string; body?: string }

export type LoadResult = {
  label: string
  /** Latency percentiles in milliseconds. */
  p50: number
  p99: number
  /** Completed requests per second. */
  rps: number
  requests: number
  /** Responses outside 2xx, and connection errors (timeouts included). */
  non2xx: number
  errors: number
  /** Requests unanswered after the timeout (counted in `errors` too). */
  timeouts: number
  /** Responses by HTTP status. */
  statusCodes: Record<string, number>
}

export type LoadOptions = {
  label: string
  baseUrl: string
  headers: Record<string, string>
  connections: number
  durationSeconds: number
  requests: LoadRequest[]
  /** Seconds without an answer before a request counts as a timeout (autocannon's 10). */
  timeoutSeconds?: number
  /**
   * Requests per second over all connections (an open loop at a fixed rate); without it, each
   * connection sends its next request as soon as the last is answered.
   */
  overallRate?: number
}

/**
 * Runs autocannon against `baseUrl` for `durationSeconds` with `connections` keep-alive
 * connections, each request taking the next of `requests` (round robin over every connection),
 * so the run spreads over many products, shoppers and queries instead of hitting one cached path.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!options.requests.length) throw new Error(`${options.label}: no requests to send`)
  let next = 0
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds ?? 10,
    overallRate: options.overallRate,
    requests: [
      {
        setupRequest: (request) => {
          const { method, path, body } = options.requests[next++ % options.requests.length]
          // A fresh headers object per request: autocannon writes Content-Length into the one it
          // is given and merges it into the next request, so a GET after a POST would announce a
          // body it never sends and wait on the server until the timeout.
          const headers = { ...options.headers, "content-type": "application/json" }
          return { ...request, method, path, body, headers }
        },
      },
    ],
  })
  return {
    label: options.label,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [
        status,
        stats.count ?? 0,
      ])
    ),
  }
}
