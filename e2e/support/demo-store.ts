// Runs the demo store the way a user does (`node demo/scripts/demo.mjs`: build and pack the
// plugin, install the demo app, migrate, seed, embed, learn, start Medusa with the admin) on a
// free port and a fresh database, and stops it again.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import type { DemoInfo } from "../../demo/src/scripts/demo-info"

const ROOT = path.resolve(__dirname, "..", "..")
const DEMO = path.join(ROOT, "demo")
const DEMO_SCRIPT = path.join(DEMO, "scripts", "demo.mjs")
const READY_LINE = "Medusa demo store is running"
const DATABASE_NAME = "medusa_demo_e2e"

/** One step of the demo runner and how long it took, from its output. */
export type DemoStep = { step: string; seconds: number }

export type DemoStore = {
  baseUrl: string
  databaseUrl: string
  info: DemoInfo
  /** The runner's timed steps (build, install, migrate, seed...). */
  steps: DemoStep[]
  /** From starting the runner until Medusa answered. */
  readySeconds: number
  logFile: string
  /** Runs `medusa exec <script>` in the demo app on the same database; resolves with its output. */
  exec(script: string): Promise<string>
  stop(): Promise<void>
}

/**
 * Starts the demo on the PostgreSQL of DATABASE_URL (used as it is) or, without it, on an
 * embedded PostgreSQL in a temporary folder, so every run seeds a new store from scratch. The
 * runner's output goes to `<artifactsDir>/demo.log`.
 */
export async function startDemoStore(artifactsDir: string): Promise<DemoStore> {
  const startedAt = Date.now()
  fs.mkdirSync(artifactsDir, { recursive: true })
  const { freePort, startEmbeddedPostgres, EMBEDDED_USER, EMBEDDED_PASSWORD } =
    await import("../../scripts/embedded-postgres.mjs")
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "mpr-e2e-"))

  let postgres: { stop(): Promise<void> } | null = null
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const port = await freePort()
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(workDir, "pg"),
      port,
      persistent: false,
    })
    databaseUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${DATABASE_NAME}`
  }

  const port = await freePort()
  const dataDir = path.join(workDir, "data")
  const logFile = path.join(artifactsDir, "demo.log")
  const log = fs.createWriteStream(logFile)
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    DEMO_DATA_DIR: dataDir,
    // demo.log keeps Medusa's own log (the test setup turns it down to errors), without colours.
    LOG_LEVEL: "info",
    FORCE_COLOR: "0",
  }
  const runner = spawn(process.execPath, [DEMO_SCRIPT], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output = collectOutput(runner, log)

  const stop = async () => {
    await stopRunner(runner)
    log.end()
    await postgres?.stop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }

  try {
    await waitForLine(runner, output, READY_LINE, 45 * 60_000)
  } catch (error) {
    await stop()
    const tail = output.text().split("\n").slice(-40).join("\n")
    throw new Error(`${(error as Error).message}\n--- last lines of ${logFile} ---\n${tail}`)
  }
  const info = JSON.parse(fs.readFileSync(path.join(dataDir, "demo.json"), "utf8")) as DemoInfo
  return {
    baseUrl: `http://localhost:${port}`,
    databaseUrl,
    info,
    steps: parseSteps(output.text()),
    readySeconds: (Date.now() - startedAt) / 1000,
    logFile,
    exec: (script) => medusaExec(script, env),
    stop,
  }
}

async function medusaExec(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  const cli = path.join(DEMO, "node_modules", "@medusajs", "cli", "cli.js")
  const child = spawn(process.execPath, [cli, "exec", script], {
    cwd: DEMO,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve))
  if (code !== 0) throw new Error(`medusa exec ${script} failed (${code}):\n${output}`)
  return output
}

type Output = { text(): string }

function collectOutput(child: ChildProcess, log: fs.WriteStream): Output {
  let text = ""
  const append = (chunk: Buffer) => {
    text += chunk.toString()
    log.write(chunk)
  }
  child.stdout?.on("data", append)
  child.stderr?.on("data", append)
  return { text: () => text }
}

async function waitForLine(
  child: ChildProcess,
  output: Output,
  line: string,
  timeoutMs: number
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!output.text().includes(line)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the demo runner exited (${child.exitCode ?? child.signalCode}) before it was ready`
      )
    }
    if (Date.now() > deadline)
      throw new Error(`the demo was not ready within ${timeoutMs / 60_000} min`)
    await sleep(500)
  }
}

/** Ctrl-C, as a user would: the runner stops Medusa, then its PostgreSQL when it started one. */
async function stopRunner(runner: ChildProcess): Promise<void> {
  if (runner.exitCode !== null || runner.signalCode !== null) return
  const exited = new Promise((resolve) => runner.once("close", resolve))
  runner.kill("SIGINT")
  const timedOut = await Promise.race([exited.then(() => false), sleep(60_000).then(() => true)])
  if (timedOut) {
    runner.kill("SIGKILL")
    await exited
  }
}

/** "▸ Seeding the demo store" ... "  done in 12.3 s" pairs of the runner's output. */
function parseSteps(text: string): DemoStep[] {
  const steps: DemoStep[] = []
  let current: string | null = null
  for (const line of text.split("\n")) {
    const started = /^▸ (.+)$/.exec(line)
    if (started) current = started[1]
    const done = /^\s+done in ([\d.]+) s$/.exec(line)
    if (done && current) {
      steps.push({ step: current, seconds: Number(done[1]) })
      current = null
    }
  }
  return steps
}
