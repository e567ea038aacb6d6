// Benchmark: the scheduled behaviour-model rebuild end to end, as the worker runs it: read every
// stored interaction from PostgreSQL, build the models, serialize and store the snapshot.
// Prints seconds and memory; asserts nothing.
//
//   npm run bench:rebuild -- [interactions] [shoppers]
//
// Uses DATABASE_URL's server (default postgres://postgres@localhost:5432) and (re)creates the
// database `mpr_bench_rebuild` on it. Defaults: 1,000,000 interactions by 100,000 shoppers over
// 50,000 products, the same synthetic data as bench/cf-rebuild.ts (which times the engine alone).
import { MedusaApp, MedusaAppMigrateUp, MedusaModule } from "@medusajs/framework/modules-sdk"
import {
  ContainerRegistrationKeys,
  createPgConnection,
  isSharedConnectionSymbol,
} from "@medusajs/framework/utils"
import path from "node:path"
import { RECOMMENDATION_MODULE } from "../src/modules/recommendation"
import type RecommendationModuleService from "../src/modules/recommendation/service"
import { syntheticInteractions } from "./lib/synthetic-interactions"

const INTERACTIONS = Number(process.argv[2] ?? 1_000_000)
const USERS = Number(process.argv[3] ?? Math.round(INTERACTIONS / 10))
const ITEMS = 50_000
const DATABASE = "mpr_bench_rebuild"
const INSERT_BATCH = 20_000

const serverUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres")
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${DATABASE}` }).toString()

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`

async function recreateDatabase() {
  const admin = createPgConnection({ clientUrl: serverUrl.toString() })
  await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`)
  await admin.raw(`CREATE DATABASE ${DATABASE}`)
  await admin.destroy()
}

type Pg = ReturnType<typeof createPgConnection>

/** Stores the synthetic events as the events route and order subscriber would. */
async function insertInteractions(pg: Pg): Promise<number> {
  let batch: unknown[][] = [[], [], [], [], [], [], []]
  let sequence = 0
  const flush = async () => {
    if (!batch[0].length) return
    await pg.raw(
      `INSERT INTO recommendation_interaction
         (id, type, product_id, quantity, customer_id, order_id, occurred_at)
       SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
                            ?::timestamptz[])
       ON CONFLICT DO NOTHING`,
      batch
    )
    batch = [[], [], [], [], [], [], []]
  }
  const epoch = Date.now() - 90 * 24 * 3600 * 1000
  for (const event of syntheticInteractions(INTERACTIONS, USERS, ITEMS)) {
    const row = [
      `rint_${String(sequence++).padStart(10, "0")}`,
      event.type,
      event.item_id,
      event.quantity,
      event.user_id,
      event.order_id ?? null,
      new Date(epoch + event.timestamp).toISOString(),
    ]
    row.forEach((value, column) => batch[column].push(value))
    if (batch[0].length >= INSERT_BATCH) await flush()
  }
  await flush()
  const [{ count }] = (
    await pg.raw<{ rows: { count: string }[] }>(`SELECT count(*) FROM recommendation_interaction`)
  ).rows
  return Number(count)
}

async function main() {
  console.log(`Node ${process.version}, ${INTERACTIONS} interactions, ${USERS} shoppers`)
  await recreateDatabase()
  const pg = createPgConnection({ clientUrl: databaseUrl })
  const modulesConfig = {
    [RECOMMENDATION_MODULE]: {
      resolve: path.join(__dirname, "../src/modules/recommendation"),
      options: { database: { clientUrl: databaseUrl }, [isSharedConnectionSymbol]: true },
    },
  }
  const injectedDependencies = {
    [ContainerRegistrationKeys.PG_CONNECTION]: pg,
    [ContainerRegistrationKeys.LOGGER]: console,
  }
  const sharedResourcesConfig = { database: { clientUrl: databaseUrl } }
  await MedusaAppMigrateUp({ modulesConfig, injectedDependencies, sharedResourcesConfig })

  let started = performance.now()
  const stored = await insertInteractions(pg)
  console.log(`${"insert (setup, not timed below)".padEnd(34)} ${seconds(started)}  ${stored} rows`)

  const app = await MedusaApp({ modulesConfig, injectedDependencies, sharedResourcesConfig })
  const service = app.modules[RECOMMENDATION_MODULE] as RecommendationModuleService
  const catalog = Array.from({ length: ITEMS }, (_, item) => `p${item}`)
  started = performance.now()
  let read = 0
  for await (const page of service.iterateInteractions()) read += page.length
  console.log(`${"read alone (part of the rebuild)".padEnd(34)} ${seconds(started)}  ${read} rows`)

  const rssBefore = process.memoryUsage().rss
  started = performance.now()
  const result = await service.rebuildBehaviourModel(catalog)
  console.log(`${"rebuild: read + build".padEnd(34)} ${(result.build_ms / 1000).toFixed(2)} s`)
  console.log(`${"rebuild: total with snapshot save".padEnd(34)} ${seconds(started)}`)
  const snapshot = await pg.raw<{ rows: { bytes: string }[] }>(
    `SELECT octet_length(payload) AS bytes FROM recommendation_model_snapshot
     WHERE id = ?`,
    [result.snapshot_id]
  )
  console.log(`  ${result.interactions} interactions read`)
  console.log(`  snapshot ${megabytes(Number(snapshot.rows[0].bytes))}`)
  console.log(`  rss ${megabytes(rssBefore)} before, ${megabytes(process.memoryUsage().rss)} after`)

  started = performance.now()
  await service.refreshBehaviourModel()
  console.log(`${"snapshot load (each process)".padEnd(34)} ${seconds(started)}`)

  await app.onApplicationShutdown()
  MedusaModule.clearInstances()
  await pg.destroy()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
