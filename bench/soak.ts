// Load and soak test: mixed store traffic (similar, personalized, search, events) at 50 concurrent
// connections for 10 minutes against a production build (the same server and database as
// `npm run bench:serve`), with the Medusa process's resident memory sampled every 10 s.
//
//   npm run soak [-- --minutes 10 --connections 50 --size 10000 --warmup-minutes 2]
//
// Passes when: no request failed (non-2xx or socket error); p99 stayed stable (the last minute's
// p99 within 1.5x of the first minute after warm-up); resident memory grew less than 10% from the
// end of warm-up to the end. Prints a summary per minute and exits non-zero on failure.
import os from "node:os"
import { setTimeout as sleep } from "node:timers/promises"
import { parseArgs } from "node:util"
import { benchPostgres, ensureBenchDatabase } from "./lib/bench-databases"
import { benchPluginOptions, prepareProductionBuild, startBenchServer } from "./lib/bench-server"
import { startEmbeddingServer } from "./lib/embedding-server"
import { runLoad, type LoadRequest, type LoadResult } from "./lib/load"
import { buildScenario } from "./lib/scenarios"
import { BENCH_PUBLISHABLE_KEY, benchProductId } from "./lib/seed-bench-store"

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    "warmup-minutes": { type: "string", default: "2" },
    connections: { type: "string", default: "50" },
    size: { type: "string", default: "10000" },
    interactions: { type: "string", default: "1000000" },
    samples: { type: "string", default: "200" },
    port: { type: "string", default: "9100" },
    // A closed loop of N connections waits N / throughput on average: past the machine's
    // throughput the latency grows, and the timeout says when a wait counts as an error.
    "timeout-seconds": { type: "string", default: "30" },
    // "shared": the whole app in one process, scheduled jobs included (medusa start's default).
    "worker-mode": { type: "string", default: "shared" },
  },
})
const MINUTES = Number(args.minutes)
const WARMUP_MINUTES = Number(args["warmup-minutes"])
const CONNECTIONS = Number(args.connections)
const SIZE = Number(args.size)
const INTERACTIONS = Number(args.interactions)
const SHOPPERS = Math.round(INTERACTIONS / 10)
const WORKER_MODE = parseWorkerMode(args["worker-mode"])
const TIMEOUT_SECONDS = Number(args["timeout-seconds"])
const HEADERS = { "x-publishable-api-key": BENCH_PUBLISHABLE_KEY }
const RSS_SAMPLE_MS = 10_000
const P99_STABILITY = 1.5
const RSS_GROWTH = 0.1

type Minute = LoadResult & { minute: number; rssMb: number }

async function main() {
  if (WARMUP_MINUTES >= MINUTES) throw new Error("--warmup-minutes must be less than --minutes")
  const postgres = await benchPostgres()
  const embeddings = await startEmbeddingServer()
  let passed = false
  try {
    await prepareProductionBuild(process.env)
    const databaseUrl = await ensureBenchDatabase(postgres.serverUrl, {
      size: SIZE,
      interactions: INTERACTIONS,
      shoppers: SHOPPERS,
    })
    const server = await startBenchServer({
      databaseUrl,
      port: Number(args.port),
      pluginOptions: benchPluginOptions(embeddings.baseURL),
      workerMode: WORKER_MODE,
      probe: {
        path: `/store/products/${benchProductId(0)}/recommendations?fields=id`,
        headers: HEADERS,
      },
    })
    try {
      passed = await soak(server)
    } catch (error) {
      const tail = server.output().split("\n").slice(-30).join("\n")
      throw new Error(`${(error as Error).message}\n--- last lines of the server ---\n${tail}`)
    } finally {
      await server.stop()
    }
  } finally {
    await embeddings.close()
    await postgres.stop()
  }
  process.exit(passed ? 0 : 1)
}

async function soak(server: Awaited<ReturnType<typeof startBenchServer>>): Promise<boolean> {
  console.log(
    `\n▸ Soak: ${MINUTES} min of mixed traffic at ${CONNECTIONS} connections on ${SIZE} ` +
      `products (warm-up ${WARMUP_MINUTES} min), worker mode "${WORKER_MODE}"; server RSS ${mb(server.rssKb())} MB at start`
  )
  const scenario = await buildScenario({
    baseUrl: server.baseUrl,
    headers: HEADERS,
    size: SIZE,
    shoppers: SHOPPERS,
    samples: Number(args.samples),
  })
  const [similar, personalized, search] = scenario.pairs.map((pair) => pair.recommendations)
  // Per 10 requests: 4 similar, 2 personalized, 2 search, 2 event batches of 10.
  const mix: LoadRequest[] = similar.flatMap((request, i) => [
    request,
    personalized[i],
    similar[(i + 1) % similar.length],
    search[i],
    scenario.events[i],
    similar[(i + 2) % similar.length],
    personalized[(i + 1) % personalized.length],
    search[(i + 1) % search.length],
    similar[(i + 3) % similar.length],
    scenario.events[(i + 1) % scenario.events.length],
  ])

  const rss: { at: number; kb: number }[] = []
  const started = Date.now()
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      rss.push({ at: (Date.now() - started) / 1000, kb: server.rssKb() })
      await sleep(RSS_SAMPLE_MS)
    }
  })()
  const minutes: Minute[] = []
  try {
    for (let minute = 1; minute <= MINUTES; minute++) {
      const result = await runLoad({
        label: `minute ${minute}`,
        baseUrl: server.baseUrl,
        headers: HEADERS,
        connections: CONNECTIONS,
        timeoutSeconds: TIMEOUT_SECONDS,
        durationSeconds: 60,
        requests: mix,
      })
      const entry = { ...result, minute, rssMb: mb(server.rssKb()) }
      minutes.push(entry)
      console.log(
        `  minute ${String(minute).padStart(2)}${minute <= WARMUP_MINUTES ? " (warm-up)" : "          "}` +
          `  p50 ${entry.p50} ms  p99 ${entry.p99} ms  ${Math.round(entry.rps)} req/s  ` +
          `errors ${entry.non2xx + entry.errors} (${describeErrors(entry)})  RSS ${entry.rssMb} MB  ` +
          `load ${os.loadavg()[0].toFixed(2)}`
      )
    }
  } finally {
    sampling = false
    await sampler
  }

  const errors = minutes.reduce((sum, m) => sum + m.non2xx + m.errors, 0)
  // autocannon counts the requests answered; those that timed out come on top.
  const requests = minutes.reduce((sum, m) => sum + m.requests + m.timeouts, 0)
  const firstAfterWarmup = minutes[WARMUP_MINUTES]
  const last = minutes[minutes.length - 1]
  // A minute without a single answer has no p99 to compare: it is as unstable as can be.
  const p99Ratio =
    last.requests && firstAfterWarmup.requests ? last.p99 / firstAfterWarmup.p99 : Infinity
  // RSS saws up and down with garbage collection: compare the median of the first minute after
  // warm-up with the median of the last minute, not two single samples.
  const warmupEnd = WARMUP_MINUTES * 60
  const lastMinuteStart = rss[rss.length - 1].at - 60
  const baseline = medianSample(rss.filter((s) => s.at >= warmupEnd && s.at < warmupEnd + 60))
  const end = medianSample(rss.filter((s) => s.at >= lastMinuteStart))
  const growth = (end.kb - baseline.kb) / baseline.kb
  const checks = [
    {
      ok: errors === 0,
      text:
        `errors: ${errors} of ${requests} requests (must be 0): ` +
        describeErrors(sumResults(minutes)),
    },
    {
      ok: p99Ratio <= P99_STABILITY,
      text:
        `p99 stable: last minute ${last.p99} ms, first minute after warm-up ` +
        `${firstAfterWarmup.p99} ms: ${p99Ratio.toFixed(2)}x (must be <= ${P99_STABILITY}x)`,
    },
    {
      ok: growth < RSS_GROWTH,
      text:
        `RSS after warm-up (median of a minute's samples): ${mb(baseline.kb)} MB in the first ` +
        `minute, ${mb(end.kb)} MB in the last: ${(growth * 100).toFixed(1)}% ` +
        `(must be < ${RSS_GROWTH * 100}%)`,
    },
  ]
  console.log(
    `\nSoak summary (${SIZE} products, ${CONNECTIONS} connections, ${MINUTES} min, ` +
      `${Math.round(requests / (MINUTES * 60))} req/s on average):`
  )
  for (const check of checks) console.log(`  ${check.ok ? "PASS" : "FAIL"}  ${check.text}`)
  // The scheduled rebuild (every 15 minutes) runs in the server's process in shared mode: say
  // whether this run had one, since it is the heaviest thing that process does.
  const rebuilds = server.output().match(/behaviour model rebuilt [^\n]*/g) ?? []
  console.log(
    `  Behaviour-model rebuilds in the server during the run: ${rebuilds.length}` +
      rebuilds.map((line) => `\n    ${line}`).join("")
  )
  console.log(`  RSS samples (MB, every 10 s): ${rss.map((sample) => mb(sample.kb)).join(" ")}`)
  return checks.every((check) => check.ok)
}

function parseWorkerMode(value: string): "shared" | "server" {
  if (value === "shared" || value === "server") return value
  throw new Error(`--worker-mode must be "shared" or "server", not "${value}"`)
}

const mb = (kb: number) => Math.round(kb / 1024)

function sumResults(results: LoadResult[]): LoadResult {
  const statusCodes: Record<string, number> = {}
  for (const result of results) {
    for (const [status, count] of Object.entries(result.statusCodes)) {
      statusCodes[status] = (statusCodes[status] ?? 0) + count
    }
  }
  const sum = (key: "requests" | "non2xx" | "errors" | "timeouts") =>
    results.reduce((total, result) => total + result[key], 0)
  return {
    label: "all",
    p50: Number.NaN,
    p99: Number.NaN,
    rps: Number.NaN,
    requests: sum("requests"),
    non2xx: sum("non2xx"),
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    statusCodes,
  }
}

/** "3 timeouts, 2 × 500": what the errors of a minute were. */
function describeErrors(result: LoadResult): string {
  const parts = Object.entries(result.statusCodes)
    .filter(([status]) => !status.startsWith("2"))
    .map(([status, count]) => `${count} × ${status}`)
  if (result.timeouts) parts.unshift(`${result.timeouts} timeouts`)
  const other = result.errors - result.timeouts
  if (other) parts.push(`${other} socket errors`)
  return parts.join(", ") || "none"
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

function medianSample(samples: { at: number; kb: number }[]): { at: number; kb: number } {
  const sorted = [...samples].sort((a, b) => a.kb - b.kb)
  return sorted[Math.floor(sorted.length / 2)]
}
