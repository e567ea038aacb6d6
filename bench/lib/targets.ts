// The targets of issue #6, checked against what the benchmarks measured: bench:serve checks
// its own part, `npm run bench` (bench/suite.ts) all of them from one run.

/** Similar route against the product list with the same products, by catalog size. */
export const ROUTE_TARGETS: Record<number, { p50?: number; p99?: number }> = {
  10_000: { p50: 1.2, p99: 1.5 },
  100_000: { p50: 1.5 },
}
export const EVENTS_TARGET = { eventsPerSecond: 1000, p99: 50 }
const ENGINE_TARGET = {
  products: 100_000,
  similarP99Ms: 5,
  personalizedP99Ms: 10,
  indexMb: 128,
  recall: 0.98,
  indexLoadSeconds: 10,
}
const EMBEDDING_TARGET = { productsPerSecond: 100 }

type Latency = { p50: number; p99: number }
type Served = Latency & { serverCpuMsPerRequest: number; non2xx: number; errors: number }

/** What bench:serve measured at one catalog size (the part the targets read). */
export type ServeSizeResult = {
  size: number
  server: { readySeconds: number; indexLoadSeconds: number }
  routes: { name: string; recommendations: Served; list: Served }[]
  eventsAtTarget: Served & { eventsPerSecond: number }
}

/** What bench:engine measured at one catalog size. */
export type EngineSizeResult = {
  products: number
  indexMB: number
  indexLoadMs: number
  recallIndexSearch: number
  recallNeighbourLists: number
  similar: Latency
  personalized: Latency
}

/** Short catalog texts embedded by the default model (bench:embed), per threads and batch. */
export type EmbeddingThroughput = { threads: number; batchSize: number; productsPerSecond: number }

const verdict = (met: boolean) => (met ? "met" : "MISSED")
const count = (n: number) => n.toLocaleString("en-US")
const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString())

export function serveTargetLines(results: ServeSizeResult[]): string[] {
  const lines: string[] = []
  for (const result of results) {
    const similar = result.routes.find((route) => route.name === "similar")
    const target = ROUTE_TARGETS[result.size]
    if (similar && target?.p50) {
      const value = similar.recommendations.p50 / similar.list.p50
      const cpu = similar.recommendations.serverCpuMsPerRequest / similar.list.serverCpuMsPerRequest
      lines.push(
        `- ${count(result.size)} products, similar p50 ${value.toFixed(2)}x the product list ` +
          `(target <= ${target.p50}x): ${verdict(value <= target.p50)} (server CPU per request: ` +
          `${cpu.toFixed(2)}x)`
      )
    }
    if (similar && target?.p99) {
      const value = similar.recommendations.p99 / similar.list.p99
      lines.push(
        `- ${count(result.size)} products, similar p99 ${value.toFixed(2)}x the product list ` +
          `(target <= ${target.p99}x): ${verdict(value <= target.p99)}`
      )
    }
    // autocannon paces an open loop by the second: allow 2% short of the rate for the edges.
    const events = result.eventsAtTarget
    const met =
      events.eventsPerSecond >= 0.98 * EVENTS_TARGET.eventsPerSecond &&
      !events.non2xx &&
      !events.errors &&
      events.p99 < EVENTS_TARGET.p99
    lines.push(
      `- ${count(result.size)} products, events ${Math.round(events.eventsPerSecond)}/s with p99 ` +
        `${ms(events.p99)} ms (target >= ${EVENTS_TARGET.eventsPerSecond}/s, p99 < ` +
        `${EVENTS_TARGET.p99} ms): ${verdict(met)}`
    )
  }
  return lines
}

export function engineTargetLines(
  results: EngineSizeResult[],
  served: ServeSizeResult[] = []
): string[] {
  const t = ENGINE_TARGET
  const engine = results.find((result) => result.products === t.products)
  if (!engine) return [`- engine at ${count(t.products)} products: not measured`]
  const recall = Math.min(engine.recallIndexSearch, engine.recallNeighbourLists)
  const lines = [
    `- engine at ${count(t.products)} products, similar p99 ${engine.similar.p99} ms (target < ` +
      `${t.similarP99Ms} ms): ${verdict(engine.similar.p99 < t.similarP99Ms)}`,
    `- engine at ${count(t.products)} products, personalized p99 ${engine.personalized.p99} ms ` +
      `(target < ${t.personalizedP99Ms} ms): ${verdict(engine.personalized.p99 < t.personalizedP99Ms)}`,
    `- index memory at ${count(t.products)} products of 512 dimensions ${engine.indexMB} MB ` +
      `(target <= ${t.indexMb} MB): ${verdict(engine.indexMB <= t.indexMb)}`,
    `- top-12 recall against exact float32 search ${recall} (the lower of index search ` +
      `${engine.recallIndexSearch} and neighbour lists ${engine.recallNeighbourLists}; target >= ` +
      `${t.recall}): ${verdict(recall >= t.recall)}`,
  ]
  // At startup the server reads the vectors from PostgreSQL as well: that load is the target's.
  const server = served.find((result) => result.size === t.products)?.server
  const seconds = server ? server.indexLoadSeconds - server.readySeconds : engine.indexLoadMs / 1000
  const where = server
    ? `the server's first similar list after /health answered (in-process load alone: ` +
      `${(engine.indexLoadMs / 1000).toFixed(1)} s)`
    : "in-process load"
  lines.push(
    `- index load at startup, ${count(t.products)} products: ${seconds.toFixed(1)} s, ${where} ` +
      `(target < ${t.indexLoadSeconds} s): ${verdict(seconds < t.indexLoadSeconds)}`
  )
  return lines
}

export function embeddingTargetLines(results: EmbeddingThroughput[]): string[] {
  if (!results.length) return ["- embedding throughput: not measured"]
  const best = results.reduce((a, b) => (b.productsPerSecond > a.productsPerSecond ? b : a))
  const target = EMBEDDING_TARGET.productsPerSecond
  return [
    `- default model, short catalog texts: ${best.productsPerSecond.toFixed(0)} products/s at best ` +
      `(${best.threads} worker threads, batch ${best.batchSize}; target >= ${target}/s): ` +
      verdict(best.productsPerSecond >= target),
  ]
}
