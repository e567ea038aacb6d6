// The server the HTTP benchmarks measure: the demo app (demo/) with the packed plugin, built for
// production (`medusa build`, admin left out) and started from its build output (`medusa start`)
// on loopback, against a database seeded by seed-bench-store.ts.
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { BENCH_EMBEDDING_MODEL } from "./embedding-server"

const ROOT = path.resolve(__dirname, "..", "..")
const DEMO = path.join(ROOT, "demo")
const BUILD_DIR = path.join(DEMO, ".medusa", "server")
const BUILD_STAMP = path.join(BUILD_DIR, ".bench-build.sha256")

// A dynamic import stays an ES import in this CommonJS file (module Node16), as demo.mjs needs.
const demoScript = () => import("../../demo/scripts/demo.mjs")

/** The plugin options the benchmarked server runs with. */
export function benchPluginOptions(embeddingBaseURL: string): Record<string, unknown> {
  return {
    embedding: {
      provider: "openai",
      openai: { model: BENCH_EMBEDDING_MODEL, baseURL: embeddingBaseURL },
    },
    // The load tests send thousands of event requests a second from one address.
    rateLimit: { eventsPerShopper: 0, eventsPerIp: 0 },
  }
}

/** The model id the seeded embeddings must carry to be served. */
export const BENCH_MODEL_ID = `openai:${BENCH_EMBEDDING_MODEL}`

/**
 * Builds, packs and installs the plugin into the demo app as `npm run demo` does, then builds the
 * app for production unless the plugin and the app's config are the ones of the last build.
 */
export async function prepareProductionBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const demo = await demoScript()
  await demo.prepareDemoApp()
  const installed = fs.readFileSync(path.join(DEMO, "node_modules", ".demo-plugin.sha256"), "utf8")
  const wanted = crypto
    .createHash("sha256")
    .update(installed)
    .update(fs.readFileSync(path.join(DEMO, "medusa-config.ts")))
    .digest("hex")
  if (fs.existsSync(BUILD_STAMP) && fs.readFileSync(BUILD_STAMP, "utf8") === wanted) {
    console.log("\n▸ Production build of the demo app is up to date (demo/.medusa/server)")
    return
  }
  console.log("\n▸ Building the demo app for production (medusa build, without the admin)")
  const started = Date.now()
  await demo.medusa(["build"], { ...env, DEMO_ADMIN_DISABLED: "1" })
  fs.writeFileSync(BUILD_STAMP, wanted)
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Runs `medusa exec <script>` in the demo app (the plugin's scripts, from node_modules). */
export async function medusaExec(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const demo = await demoScript()
  await demo.medusa(["exec", script], env)
}

/** `medusa db:migrate` in the demo app on `databaseUrl`. */
export async function migrate(databaseUrl: string): Promise<void> {
  const demo = await demoScript()
  await demo.medusa(["db:migrate"], { ...process.env, DATABASE_URL: databaseUrl })
}

/** The behaviour-model rebuild script of the installed plugin, relative to the demo app. */
export async function rebuildScript(): Promise<string> {
  return (await demoScript()).REBUILD_SCRIPT
}

/** Servers started and not stopped yet: killed when the benchmark itself is interrupted. */
const running = new Set<ChildProcess>()
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, "SIGKILL")
    process.exit(130)
  })
}

export type BenchServer = {
  baseUrl: string
  pid: number
  /** From spawning `medusa start` until /health answered. */
  readySeconds: number
  /**
   * From spawning until the probe (a "similar" list) answered: the vector index loads in the
   * background from the server's start, and the first request to need it waits for that load.
   */
  indexLoadSeconds: number
  /** Resident memory of the server's process tree, in kB. */
  rssKb(): number
  /** CPU time (user + system) the server's process tree has used so far, in ms. */
  cpuMs(): number
  /** The server's output so far (for errors). */
  output(): string
  stop(): Promise<void>
}

/** Starts the production build on `port` and waits until its vector index is loaded. */
export async function startBenchServer(options: {
  databaseUrl: string
  port: number
  pluginOptions: Record<string, unknown>
  /** A request answered from the vector index, with its headers. */
  probe: { path: string; headers: Record<string, string> }
  /**
   * Medusa's worker mode: "shared" (what `medusa start` does by default: API, subscribers and
   * scheduled jobs in one process) or "server" (the API instance of a server + worker deployment,
   * without the scheduled jobs, such as the behaviour-model rebuild every 15 minutes).
   */
  workerMode: "shared" | "server"
}): Promise<BenchServer> {
  const demo = await demoScript()
  const [node, args] = demo.medusaCommand(["start"])
  const started = Date.now()
  const child = spawn(node, args, {
    cwd: BUILD_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      DEMO_ADMIN_DISABLED: "1",
      DEMO_PLUGIN_OPTIONS: JSON.stringify(options.pluginOptions),
      MEDUSA_DISABLE_TELEMETRY: "true",
      MEDUSA_WORKER_MODE: options.workerMode,
      LOG_LEVEL: "info",
      FORCE_COLOR: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  running.add(child)
  let text = ""
  const append = (chunk: Buffer) => {
    text += chunk.toString()
    if (text.length > 1_000_000) text = text.slice(-500_000)
  }
  child.stdout?.on("data", append)
  child.stderr?.on("data", append)
  const exited = new Promise<void>((resolve) =>
    child.once("close", () => {
      running.delete(child)
      resolve()
    })
  )
  const baseUrl = `http://127.0.0.1:${options.port}`
  const server: BenchServer = {
    baseUrl,
    pid: child.pid as number,
    readySeconds: 0,
    indexLoadSeconds: 0,
    rssKb: () => sumOverProcessTree(child.pid as number, rssKb),
    cpuMs: () => sumOverProcessTree(child.pid as number, cpuMs),
    output: () => text,
    stop: () => stopProcessGroup(child, exited),
  }
  try {
    const deadline = Date.now() + 10 * 60_000
    while (!server.indexLoadSeconds) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`medusa start exited (${child.exitCode ?? child.signalCode})`)
      }
      if (Date.now() > deadline) throw new Error("medusa start not ready within 10 minutes")
      if (!server.readySeconds && (await answers(`${baseUrl}/health`))) {
        server.readySeconds = (Date.now() - started) / 1000
      }
      if (
        server.readySeconds &&
        (await answers(`${baseUrl}${options.probe.path}`, options.probe.headers))
      ) {
        server.indexLoadSeconds = (Date.now() - started) / 1000
      }
      await sleep(200)
    }
  } catch (error) {
    await server.stop()
    const tail = text.split("\n").slice(-30).join("\n")
    throw new Error(`${(error as Error).message}\n--- last lines of its output ---\n${tail}`)
  }
  return server
}

async function answers(url: string, headers: Record<string, string> = {}): Promise<boolean> {
  try {
    return (await fetch(url, { headers })).ok
  } catch {
    return false
  }
}

/** A per-process figure summed over a process and its descendants (`medusa start` may fork). */
function sumOverProcessTree(pid: number, read: (pid: number) => number): number {
  let total = 0
  const pending = [pid]
  while (pending.length) {
    const current = pending.pop() as number
    try {
      total += read(current)
      for (const task of fs.readdirSync(`/proc/${current}/task`)) {
        const children = fs.readFileSync(`/proc/${current}/task/${task}/children`, "utf8")
        pending.push(...children.split(" ").filter(Boolean).map(Number))
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
}

/** utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** SIGTERM to the server's process group (it flushes what it buffers), SIGKILL after 20 s. */
async function stopProcessGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  killGroup(child, "SIGTERM")
  const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)])
  if (timedOut) {
    killGroup(child, "SIGKILL")
    await exited
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(child.pid as number), signal)
  } catch {
    // already gone
  }
}
