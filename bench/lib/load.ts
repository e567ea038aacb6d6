import autocannon from "autocannon"
import http from "node:http"
import { setTimeout as sleep } from "node:timers/promises"

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
   * Requests per second, sent at evenly spaced moments over a pool of `connections` keep-alive
   * connections (an open loop, see `runAtConstantRate`); without it, each connection sends its
   * next request as soon as the last is answered.
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
  if (options.overallRate)
    return runAtConstantRate({ ...options, overallRate: options.overallRate })
  let next = 0
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds ?? 10,
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

/**
 * A constant arrival rate: request i is due at i / rate seconds and sent then, whatever the
 * server is doing, over a keep-alive pool of `connections`; its latency counts from when it was
 * due, so waiting for a free connection or behind a slow answer is never hidden (no coordinated
 * omission). autocannon's own `overallRate` is not a rate in this sense: each connection sends
 * its quota for the second back to back as soon as the second starts, so the server sees bursts
 * at full concurrency followed by silence.
 */
async function runAtConstantRate(
  options: LoadOptions & { overallRate: number }
): Promise<LoadResult> {
  const { hostname, port } = new URL(options.baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections })
  const timeoutMs = (options.timeoutSeconds ?? 10) * 1000
  const latencies: number[] = []
  const statusCodes: Record<string, number> = {}
  let errors = 0
  let timeouts = 0

  const send = (index: number, dueAt: number) =>
    new Promise<void>((resolve) => {
      const { method, path, body } = options.requests[index % options.requests.length]
      const headers: Record<string, string> = {
        ...options.headers,
        "content-type": "application/json",
      }
      if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body))
      const request = http.request(
        { hostname, port, path, method, headers, agent, timeout: timeoutMs },
        (response) => {
          response.resume()
          response.on("end", () => {
            const status = String(response.statusCode)
            statusCodes[status] = (statusCodes[status] ?? 0) + 1
            latencies.push(performance.now() - dueAt)
            resolve()
          })
        }
      )
      request.on("timeout", () => {
        timeouts++
        request.destroy(new Error("timeout"))
      })
      request.on("error", () => {
        errors++
        resolve()
      })
      request.end(body)
    })

  const intervalMs = 1000 / options.overallRate
  const total = Math.round(options.durationSeconds * options.overallRate)
  const started = performance.now()
  const sent: Promise<void>[] = []
  for (let index = 0; index < total; index++) {
    const dueAt = started + index * intervalMs
    const wait = dueAt - performance.now()
    if (wait > 0) await sleep(wait)
    sent.push(send(index, dueAt))
  }
  await Promise.all(sent)
  const seconds = (performance.now() - started) / 1000
  agent.destroy()

  latencies.sort((a, b) => a - b)
  const percentile = (p: number) =>
    latencies.length ? latencies[Math.ceil(p * latencies.length) - 1] : 0
  const ok = Object.entries(statusCodes)
    .filter(([status]) => status.startsWith("2"))
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    label: options.label,
    p50: percentile(0.5),
    p99: percentile(0.99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    non2xx: latencies.length - ok,
    errors,
    timeouts,
    statusCodes,
  }
}
