// Benchmark: the store routes of a production build (`medusa build` + `medusa start`) on loopback,
// for synthetic catalogs of several sizes with 1M shopper interactions each. For every
// recommendation route it measures, in the same run and at the same concurrency, the plain
// `GET /store/products` returning the same products with the same fields, and prints p50, p99,
// throughput and the ratios; then event ingestion (batches of 10). Writes bench/results/serve.json,
// serve.md (the tables) and latency-vs-catalog.svg.
//
//   npm run bench:serve [-- --sizes 1000,10000,100000 --duration 20 --connections 10]
//
// Embeddings: the catalog is embedded by HashedWordEmbedder (bench/lib/synthetic-catalog.ts), a
// fast deterministic stand-in for a 512-dimension model (USE Lite embeds ~12 products/s here:
// 100k products would take hours), served to Medusa by a local OpenAI-compatible endpoint so
// that search queries are embedded by the same stand-in. See bench/lib/bench-databases.ts for
// where the databases live.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { benchPostgres, ensureBenchDatabase } from "./lib/bench-databases"
import { benchPluginOptions, prepareProductionBuild, startBenchServer } from "./lib/bench-server"
import { startEmbeddingServer } from "./lib/embedding-server"
import { runLoad, type LoadResult } from "./lib/load"
import { buildScenario, EVENTS_PER_REQUEST } from "./lib/scenarios"
import { BENCH_PUBLISHABLE_KEY, benchProductId } from "./lib/seed-bench-store"
import { lineChartsSvg, type ChartSeries } from "./lib/svg-chart"
import { EVENTS_TARGET, serveTargetLines } from "./lib/targets"

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "10" },
    interactions: { type: "string", default: "1000000" },
    samples: { type: "string", default: "200" },
    port: { type: "string", default: "9100" },
    out: { type: "string", default: path.join(__dirname, "results") },
  },
})
const SIZES = args.sizes.split(",").map(Number)
const DURATION = Number(args.duration)
const CONNECTIONS = Number(args.connections)
const INTERACTIONS = Number(args.interactions)
const SHOPPERS = Math.round(INTERACTIONS / 10)
const SAMPLES = Number(args.samples)
const PORT = Number(args.port)
const HEADERS = { "x-publishable-api-key": BENCH_PUBLISHABLE_KEY }

/**
 * A load run with the server's CPU time per request (Medusa's processes, not PostgreSQL's): on a
 * machine shared with other work, latency says how busy the machine was as much as how costly a
 * route is; CPU per request says the latter.
 */
type Measured = LoadResult & { serverCpuMsPerRequest: number }
type EventsMeasured = Measured & { eventsPerSecond: number }
type RouteResult = { name: string; route: string; recommendations: Measured; list: Measured }
type SizeResult = {
  size: number
  server: {
    readySeconds: number
    indexLoadSeconds: number
    rssAtStartMb: number
    rssAtEndMb: number
  }
  routes: RouteResult[]
  /** As fast as the connections go (closed loop). */
  events: EventsMeasured
  /** Sent at the target rate (open loop): what the target's p99 is about. */
  eventsAtTarget: EventsMeasured
  loadAverage: number[]
}

async function main() {
  const startedAt = new Date()
  console.log(
    `bench:serve: sizes ${SIZES.join(", ")}, ${DURATION} s per measurement, ${CONNECTIONS} ` +
      `connections, ${INTERACTIONS} interactions by ${SHOPPERS} shoppers per catalog`
  )
  const postgres = await benchPostgres()
  const embeddings = await startEmbeddingServer()
  const results: SizeResult[] = []
  try {
    await prepareProductionBuild(process.env)
    for (const size of SIZES) {
      const databaseUrl = await ensureBenchDatabase(postgres.serverUrl, {
        size,
        interactions: INTERACTIONS,
        shoppers: SHOPPERS,
      })
      results.push(await measure(size, databaseUrl, embeddings.baseURL))
      // After every size, so that an interrupted run keeps what it measured.
      writeResults(results, describeMachine(postgres.description), startedAt)
    }
  } finally {
    await embeddings.close()
    await postgres.stop()
  }
  console.log(`\n${report(results, describeMachine(postgres.description), startedAt)}`)
  console.log(
    `Wrote ${path.relative(process.cwd(), args.out)}/serve.{json,md} and latency-vs-catalog.svg`
  )
}

function writeResults(
  results: SizeResult[],
  machine: ReturnType<typeof describeMachine>,
  at: Date
) {
  fs.mkdirSync(args.out, { recursive: true })
  fs.writeFileSync(
    path.join(args.out, "serve.json"),
    JSON.stringify({ startedAt: at, args, machine, results }, null, 2) + "\n"
  )
  fs.writeFileSync(path.join(args.out, "serve.md"), report(results, machine, at))
  fs.writeFileSync(path.join(args.out, "latency-vs-catalog.svg"), chart(results))
}

async function measure(size: number, databaseUrl: string, embeddingBaseURL: string) {
  console.log(
    `\n▸ ${size} products: starting the production server (medusa start, worker mode "server")`
  )
  const server = await startBenchServer({
    databaseUrl,
    port: PORT,
    pluginOptions: benchPluginOptions(embeddingBaseURL),
    // The API instance alone: the 15-minute rebuild job would land in some runs and not others.
    workerMode: "server",
    probe: {
      path: `/store/products/${benchProductId(0)}/recommendations?fields=id`,
      headers: HEADERS,
    },
  })
  const rssAtStartMb = Math.round(server.rssKb() / 1024)
  try {
    console.log(
      `  ready in ${server.readySeconds.toFixed(1)} s; first "similar" list (vector index ` +
        `loaded) ${server.indexLoadSeconds.toFixed(1)} s after start; ` +
        `RSS ${rssAtStartMb} MB`
    )
    const scenario = await buildScenario({
      baseUrl: server.baseUrl,
      headers: HEADERS,
      size,
      shoppers: SHOPPERS,
      samples: SAMPLES,
    })
    const load = async (
      label: string,
      requests: typeof scenario.events,
      durationSeconds = DURATION,
      overallRate?: number
    ): Promise<Measured> => {
      const cpuBefore = server.cpuMs()
      const result = await runLoad({
        label,
        baseUrl: server.baseUrl,
        headers: HEADERS,
        connections: CONNECTIONS,
        durationSeconds,
        requests,
        overallRate,
      })
      const serverCpuMsPerRequest = (server.cpuMs() - cpuBefore) / Math.max(1, result.requests)
      return { ...result, serverCpuMsPerRequest }
    }
    // Warm-up (not measured): every request kind once at full concurrency.
    const mixed = scenario.pairs.flatMap((pair) => [...pair.recommendations, ...pair.list])
    await load("warm-up", mixed, Math.min(10, DURATION))

    const routes: RouteResult[] = []
    for (const pair of scenario.pairs) {
      const recommendations = await load(pair.route, pair.recommendations)
      const list = await load(`GET /store/products (${pair.name})`, pair.list)
      for (const result of [recommendations, list]) checkClean(result)
      routes.push({ name: pair.name, route: pair.route, recommendations, list })
      console.log(`  ${line(recommendations)}\n  ${line(list)}`)
    }
    const eventsOf = (measured: Measured): EventsMeasured => {
      checkClean(measured)
      const eventsPerSecond = measured.rps * EVENTS_PER_REQUEST
      console.log(`  ${line(measured)}  (${Math.round(eventsPerSecond)} events/s)`)
      return { ...measured, eventsPerSecond }
    }
    const events = eventsOf(await load("POST /store/recommendations/events", scenario.events))
    // A rate sustained with a latency bound is measured at that rate: at full speed every
    // connection queues behind the others and the p99 says how many there are.
    const eventsAtTarget = eventsOf(
      await load(
        `POST /store/recommendations/events at ${EVENTS_TARGET.eventsPerSecond}/s`,
        scenario.events,
        DURATION,
        EVENTS_TARGET.eventsPerSecond / EVENTS_PER_REQUEST
      )
    )
    return {
      size,
      server: {
        readySeconds: server.readySeconds,
        indexLoadSeconds: server.indexLoadSeconds,
        rssAtStartMb,
        rssAtEndMb: Math.round(server.rssKb() / 1024),
      },
      routes,
      events,
      eventsAtTarget,
      loadAverage: os.loadavg(),
    }
  } catch (error) {
    const tail = server.output().split("\n").slice(-30).join("\n")
    throw new Error(`${(error as Error).message}\n--- last lines of the server ---\n${tail}`)
  } finally {
    await server.stop()
  }
}

/**
 * Failed or unanswered requests make a row's latency meaningless: say so loudly, and the table
 * marks the row, but the other rows still get measured (at 100,000 products Medusa's own `q`
 * search can take longer than a short run).
 */
function checkClean(result: LoadResult) {
  if (result.non2xx || result.errors || !result.requests) {
    console.warn(
      `  ! ${result.label}: ${result.requests} answered, ${result.non2xx} non-2xx, ` +
        `${result.errors} connection errors (${result.timeouts} timeouts)`
    )
  }
}

/** The latency cell of a row, flagged when some requests failed or none was answered. */
const flagged = (r: LoadResult, value: string) =>
  r.non2xx || r.errors || !r.requests
    ? `${value} (${r.requests} answered, ${r.non2xx + r.errors} failed)`
    : value

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString())
const line = (r: Measured) =>
  `${r.label.padEnd(48)} p50 ${ms(r.p50).padStart(5)} ms  p99 ${ms(r.p99).padStart(5)} ms  ` +
  `${Math.round(r.rps).toString().padStart(5)} req/s  server CPU ${ms(r.serverCpuMsPerRequest)} ms/req`
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "n/a")

function describeMachine(postgres: string) {
  const cpus = os.cpus()
  return {
    cpu: `${cpus[0]?.model ?? "unknown"} × ${cpus.length}`,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
  }
}

function report(results: SizeResult[], machine: ReturnType<typeof describeMachine>, at: Date) {
  const lines = [
    `Run of ${at.toISOString()}: ${machine.cpu}, ${machine.memoryGb} GB, ${machine.os}, ` +
      `Node ${machine.node}, ${machine.postgres}; ${CONNECTIONS} connections, ${DURATION} s ` +
      `per row, ${INTERACTIONS.toLocaleString("en-US")} interactions per catalog; embeddings ` +
      `by the HashedWordEmbedder stand-in (512 dimensions).`,
    "",
    "| products | route | p50 ms | p99 ms | req/s | server CPU ms/req | p50 ratio | p99 ratio | CPU ratio |",
    "| -------: | ----- | -----: | -----: | ----: | ----------------: | --------: | --------: | --------: |",
  ]
  for (const result of results) {
    const size = result.size.toLocaleString("en-US")
    for (const { route, recommendations: r, list: l } of result.routes) {
      lines.push(
        `| ${size} | \`${route}\` | ${flagged(r, ms(r.p50))} | ${ms(r.p99)} | ${Math.round(r.rps)} | ` +
          `${ms(r.serverCpuMsPerRequest)} | ${ratio(r.p50, l.p50)} | ${ratio(r.p99, l.p99)} | ` +
          `${ratio(r.serverCpuMsPerRequest, l.serverCpuMsPerRequest)} |`,
        `| ${size} | same products: \`${l.label.replace(/ \(.*\)$/, "")}\` | ` +
          `${flagged(l, ms(l.p50))} | ` +
          `${ms(l.p99)} | ${Math.round(l.rps)} | ${ms(l.serverCpuMsPerRequest)} | | | |`
      )
    }
    for (const [e, how] of [
      [result.events, "as fast as it goes"],
      [result.eventsAtTarget, `sent at ${EVENTS_TARGET.eventsPerSecond}/s`],
    ] as const) {
      lines.push(
        `| ${size} | \`POST /store/recommendations/events\` (${EVENTS_PER_REQUEST} per request, ` +
          `${how}: ${Math.round(e.eventsPerSecond)} events/s) | ${flagged(e, ms(e.p50))} | ` +
          `${ms(e.p99)} | ${Math.round(e.rps)} | ${ms(e.serverCpuMsPerRequest)} | | | |`
      )
    }
  }
  lines.push(
    "",
    "| products | server ready (/health) | first similar list (index loaded) | RSS then | RSS after the run | load average at the end (1, 5, 15 min) |",
    "| -------: | ---------------------: | --------------------------------: | -------: | ----------------: | -------------------------------------- |",
    ...results.map(
      (r) =>
        `| ${r.size.toLocaleString("en-US")} | ${r.server.readySeconds.toFixed(1)} s | ` +
        `${r.server.indexLoadSeconds.toFixed(1)} s | ` +
        `${r.server.rssAtStartMb} MB | ${r.server.rssAtEndMb} MB | ${r.loadAverage.map((l) => l.toFixed(2)).join(", ")} |`
    ),
    "",
    "Targets (issue #6):",
    ...serveTargetLines(results),
    ""
  )
  return lines.join("\n")
}

const COLORS: Record<string, string> = {
  similar: "#1f77b4",
  personalized: "#2ca02c",
  search: "#d62728",
}

function chart(results: SizeResult[]): string {
  const series = (percentile: "p50" | "p99"): ChartSeries[] =>
    Object.keys(COLORS).flatMap((name) => {
      const points = (side: "recommendations" | "list") =>
        results.flatMap((result) => {
          const route = result.routes.find((r) => r.name === name)
          return route ? [[result.size, route[side][percentile]] as [number, number]] : []
        })
      return [
        { label: `${name} (plugin route)`, color: COLORS[name], points: points("recommendations") },
        {
          label: `${name}: /store/products, same products`,
          color: COLORS[name],
          dashed: true,
          points: points("list"),
        },
      ]
    })
  return lineChartsSvg(
    [
      { title: "p50 latency", series: series("p50") },
      { title: "p99 latency", series: series("p99") },
    ],
    "products in the catalog",
    "milliseconds"
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
