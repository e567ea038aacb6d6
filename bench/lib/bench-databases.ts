// One database per catalog size for the HTTP benchmarks, `bench_serve_<size>`, on DATABASE_URL's
// server (default postgres://postgres@localhost:5432) or, when that answers nothing, on an
// embedded PostgreSQL kept in bench/.cache/pg. Each is copied from a migrated template database
// and seeded once; later runs reuse it (migrated again when the plugin's migrations change).
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import { benchPluginOptions, medusaExec, migrate, rebuildScript } from "./bench-server"
import { readSeedMarker, SEED_VERSION, seedBenchStore, writeSeedMarker } from "./seed-bench-store"

const ROOT = path.resolve(__dirname, "..", "..")
const MIGRATIONS = path.join(ROOT, "src", "modules", "recommendation", "migrations")
const TEMPLATE = "bench_serve_template"
const DEFAULT_SERVER = "postgres://postgres@localhost:5432/postgres"

export type BenchPostgres = { serverUrl: string; description: string; stop(): Promise<void> }

/** DATABASE_URL's server when it answers, else an embedded PostgreSQL (as the demo does). */
export async function benchPostgres(): Promise<BenchPostgres> {
  const serverUrl = withDatabase(process.env.DATABASE_URL ?? DEFAULT_SERVER, "postgres")
  const client = new Client({ connectionString: serverUrl })
  try {
    await client.connect()
    const { rows } = await client.query<{ server_version: string }>(`SHOW server_version`)
    await client.end()
    return { serverUrl, description: `PostgreSQL ${rows[0].server_version}`, stop: async () => {} }
  } catch (error) {
    if (process.env.DATABASE_URL) throw error
  }
  const { freePort, startEmbeddedPostgres, EMBEDDED_USER, EMBEDDED_PASSWORD } =
    await import("../../scripts/embedded-postgres.mjs")
  const port = await freePort()
  const dataDir = path.join(ROOT, "bench", ".cache", "pg")
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true })
  return {
    serverUrl: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/postgres`,
    description: "embedded PostgreSQL 18 (bench/.cache/pg)",
    stop: () => server.stop(),
  }
}

export type BenchDatabaseOptions = { size: number; interactions: number; shoppers: number }

/** `bench_serve_<size>`, migrated and seeded; returns its URL. */
export async function ensureBenchDatabase(
  serverUrl: string,
  options: BenchDatabaseOptions
): Promise<string> {
  const name = `bench_serve_${options.size}`
  const databaseUrl = withDatabase(serverUrl, name)
  const migrations = migrationsHash()
  const seeded = (await databaseExists(serverUrl, name)) && (await readSeedMarker(databaseUrl))
  if (seeded === `${SEED_VERSION}:${options.interactions}`) {
    if ((await readMarker(databaseUrl)) !== migrations) {
      console.log(`\n▸ Migrating ${name} (the plugin's migrations changed)`)
      await migrate(databaseUrl)
      await writeMarker(databaseUrl, migrations)
    }
    console.log(`\n▸ Database ${name} already seeded`)
    return databaseUrl
  }
  await ensureTemplate(serverUrl, migrations)
  console.log(`\n▸ Seeding ${name}: ${options.size} products, ${options.interactions} interactions`)
  await connected(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`)
  })
  const summary = await seedBenchStore(
    databaseUrl,
    options.size,
    options.interactions,
    options.shoppers
  )
  console.log(`  seeded in ${summary.seconds.toFixed(1)} s; learning from the interactions`)
  const started = Date.now()
  await medusaExec(await rebuildScript(), {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_ADMIN_DISABLED: "1",
    // The rebuild embeds nothing: the provider's address is never called.
    DEMO_PLUGIN_OPTIONS: JSON.stringify(benchPluginOptions("http://127.0.0.1:9/v1")),
  })
  console.log(`  behaviour model rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await writeSeedMarker(databaseUrl, `${SEED_VERSION}:${options.interactions}`)
  return databaseUrl
}

/** The migrated, empty template every benchmark database is copied from. */
async function ensureTemplate(serverUrl: string, migrations: string): Promise<void> {
  const templateUrl = withDatabase(serverUrl, TEMPLATE)
  if (
    (await databaseExists(serverUrl, TEMPLATE)) &&
    (await readMarker(templateUrl)) === migrations
  ) {
    return
  }
  console.log(`\n▸ Migrating the template database ${TEMPLATE}`)
  await connected(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${TEMPLATE}`)
  })
  await migrate(templateUrl)
  await writeMarker(templateUrl, migrations)
}

function migrationsHash(): string {
  const hash = createHash("sha256")
  for (const file of fs.readdirSync(MIGRATIONS).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(MIGRATIONS, file)))
  }
  return hash.digest("hex")
}

async function readMarker(databaseUrl: string): Promise<string | null> {
  return await connected(databaseUrl, async (client) => {
    const { rows } = await client.query<{ migrations: string }>(
      `SELECT migrations FROM bench_migrations`
    )
    return rows[0]?.migrations ?? null
  }).catch(() => null)
}

async function writeMarker(databaseUrl: string, migrations: string): Promise<void> {
  await connected(databaseUrl, async (client) => {
    await client.query(`CREATE TABLE IF NOT EXISTS bench_migrations (migrations text)`)
    await client.query(`DELETE FROM bench_migrations`)
    await client.query(`INSERT INTO bench_migrations VALUES ($1)`, [migrations])
  })
}

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return await connected(serverUrl, async (client) => {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])
    return Boolean(rowCount)
  })
}

async function connected<T>(url: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await action(client)
  } finally {
    await client.end()
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}
