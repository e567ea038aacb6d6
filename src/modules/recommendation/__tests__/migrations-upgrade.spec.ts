import { Client } from "@medusajs/framework/pg"
import { MikroORM } from "@medusajs/framework/mikro-orm/postgresql"
import { CustomDBMigrator } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import {
  buildBehaviourModel,
  decodeVector,
  dot,
  encodeVector,
  serializeBehaviourModel,
  type Interaction as EngineInteraction,
} from "../../../engine"
import { RECOMMENDATION_MODULE } from ".."
import { BEHAVIOUR_MODEL_KIND } from "../behaviour-model-sync"
import type RecommendationModuleService from "../service"
import { QUANTIZED_DIGITS } from "../../../engine/vector/__tests__/quantization-tolerance"

jest.setTimeout(120_000)

// A store that installed the first release and has been running since: the first migration
// alone, with data, then every later migration over it. Nothing may be dropped or altered
// except what a migration is meant to change (named below), and the current module must serve
// from the upgraded data.
const DB_NAME = "mpr-migrations-upgrade"
const MIGRATIONS_DIR = path.join(__dirname, "../migrations")
const MIGRATIONS = readdirSync(MIGRATIONS_DIR)
  .filter((file) => /^Migration\d+\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort()

const USE_MODEL = "universal-sentence-encoder-lite"
const LEGACY_MODEL = "huggingface:legacy/minilm"
const DAY_MS = 24 * 3600 * 1000
const NOW = Date.parse("2026-11-01T12:00:00Z")

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function unitVector(random: () => number, dimensions: number): Float32Array {
  const vector = Float32Array.from({ length: dimensions }, () => random() * 2 - 1)
  const norm = Math.hypot(...vector)
  return vector.map((value) => value / norm)
}

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

// ---- What the first release's tables held ----------------------------------------------------

type EmbeddingSeed = {
  id: string
  product_id: string
  status: "pending" | "ready" | "failed"
  model_id: string | null
  vector: Float32Array | null
  attempts: number
  last_error: string | null
  claim_token: string | null
  deleted: boolean
}

const random = seeded(7)
const embeddingSeeds: EmbeddingSeed[] = [
  // Embedded and serving.
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `pemb_ready_${i}`,
    product_id: `prod_ready_${i}`,
    status: "ready" as const,
    model_id: USE_MODEL,
    vector: unitVector(random, 512),
    attempts: i % 3,
    last_error: null,
    claim_token: null,
    deleted: false,
  })),
  // A product embedded by another model before (a minority: the queued rows are not its).
  {
    id: "pemb_legacy",
    product_id: "prod_legacy",
    status: "ready",
    model_id: LEGACY_MODEL,
    vector: unitVector(random, 384),
    attempts: 0,
    last_error: null,
    claim_token: null,
    deleted: false,
  },
  // Queued, never embedded: the first schema left model_id empty until the first vector.
  ...Array.from({ length: 3 }, (_, i) => ({
    id: `pemb_queued_${i}`,
    product_id: `prod_queued_${i}`,
    status: "pending" as const,
    model_id: null,
    vector: null,
    attempts: i,
    last_error: i ? `HTTP 503 (attempt ${i})` : null,
    claim_token: null,
    deleted: false,
  })),
  // Claimed by a worker at the moment of the upgrade.
  {
    id: "pemb_claimed",
    product_id: "prod_claimed",
    status: "pending",
    model_id: null,
    vector: null,
    attempts: 0,
    last_error: null,
    claim_token: "3f0e9c1a-claim",
    deleted: false,
  },
  // Edited after embedding: pending again, its previous vector still there.
  {
    id: "pemb_edited",
    product_id: "prod_edited",
    status: "pending",
    model_id: USE_MODEL,
    vector: unitVector(random, 512),
    attempts: 0,
    last_error: null,
    claim_token: null,
    deleted: false,
  },
  {
    id: "pemb_failed",
    product_id: "prod_failed",
    status: "failed",
    model_id: USE_MODEL,
    vector: null,
    attempts: 5,
    last_error: "provider answered 400: input too long",
    claim_token: null,
    deleted: false,
  },
  // A deleted product's embedding (soft-deleted).
  {
    id: "pemb_deleted",
    product_id: "prod_deleted",
    status: "ready",
    model_id: USE_MODEL,
    vector: unitVector(random, 512),
    attempts: 0,
    last_error: null,
    claim_token: null,
    deleted: true,
  },
]

function seedVector(id: string): Float32Array {
  const vector = embeddingSeeds.find((seed) => seed.id === id)?.vector
  if (!vector) throw new Error(`no seeded vector ${id}`)
  return vector
}

async function seedEmbeddings(execute: Execute): Promise<void> {
  for (const [i, row] of embeddingSeeds.entries()) {
    const at = new Date(NOW - (embeddingSeeds.length - i) * 60_000)
    await execute(
      `INSERT INTO product_embedding (id, product_id, status, model_id, dimensions, text_hash,
         attempts, last_error, embedded_at, next_attempt_at, claim_token, claimed_until,
         created_at, updated_at, deleted_at, vector)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.product_id,
        row.status,
        row.model_id,
        row.vector?.length ?? null,
        row.vector ? `sha256-${row.product_id}` : null,
        row.attempts,
        row.last_error,
        row.vector ? at : null,
        row.last_error && row.status === "pending" ? new Date(NOW + 60_000) : null,
        row.claim_token,
        row.claim_token ? new Date(NOW + 300_000) : null,
        new Date(at.getTime() - DAY_MS),
        at,
        row.deleted ? at : null,
        row.vector ? Buffer.from(encodeVector(row.vector)) : null,
      ]
    )
  }
}

const interactionSeeds: (EngineInteraction & { id: string; recommendation_id: string | null })[] =
  Array.from({ length: 240 }, (_, i) => {
    const type = (["view", "add_to_cart", "purchase", "recommendation_click"] as const)[i % 4]
    const shopper = i % 10
    return {
      id: `rint_${String(i).padStart(4, "0")}`,
      // Even shoppers are customers, odd ones guests known by their session.
      user_id: shopper % 2 ? `session:sess_${shopper}` : `cus_${shopper}`,
      item_id: `prod_ready_${(i * 7) % 8}`,
      type,
      quantity: 1 + (i % 3),
      timestamp: NOW - (i % 60) * DAY_MS - i * 1000,
      ...(type === "purchase" ? { order_id: `order_${Math.floor(i / 8)}` } : {}),
      recommendation_id: type === "recommendation_click" ? `rec_${i}` : null,
    }
  })

async function seedInteractions(execute: Execute): Promise<void> {
  for (const row of interactionSeeds) {
    const guest = row.user_id.startsWith("session:")
    await execute(
      `INSERT INTO recommendation_interaction (id, type, product_id, quantity, customer_id,
         session_id, order_id, recommendation_id, occurred_at, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.type,
        row.item_id,
        row.quantity,
        guest ? null : row.user_id,
        guest ? row.user_id.slice("session:".length) : null,
        row.order_id ?? null,
        row.recommendation_id,
        new Date(row.timestamp),
        new Date(row.timestamp),
        new Date(row.timestamp),
        // One event erased by hand (soft-deleted) before the upgrade.
        row.id === "rint_0013" ? new Date(NOW) : null,
      ]
    )
  }
}

const liveInteractions = interactionSeeds.filter((row) => row.id !== "rint_0013")
const catalogIds = [...new Set(embeddingSeeds.map((row) => row.product_id))].sort()
const snapshotPayloads = [
  serializeBehaviourModel(buildBehaviourModel(liveInteractions.slice(0, 100), catalogIds)),
  serializeBehaviourModel(buildBehaviourModel(liveInteractions, catalogIds)),
]

async function seedSnapshots(execute: Execute): Promise<void> {
  for (const [i, payload] of snapshotPayloads.entries()) {
    await execute(
      `INSERT INTO recommendation_model_snapshot (id, kind, settings_hash, interactions, items,
         build_ms, built_at, payload, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        `rsnap_${i}`,
        BEHAVIOUR_MODEL_KIND,
        `settings-${i}`,
        i ? liveInteractions.length : 100,
        catalogIds.length,
        120 + i,
        new Date(NOW - (1 - i) * DAY_MS),
        Buffer.from(payload),
        new Date(NOW - (1 - i) * DAY_MS),
        new Date(NOW - (1 - i) * DAY_MS),
      ]
    )
  }
}

/** Each table is filled by the first migration that creates it, in the schema it had then. */
const SEEDS: Record<string, (execute: Execute) => Promise<void>> = {
  product_embedding: seedEmbeddings,
  recommendation_interaction: seedInteractions,
  recommendation_model_snapshot: seedSnapshots,
}

// ---- Running the migrations one at a time ----------------------------------------------------

type Column = { name: string; data_type: string }
type TableState = { columns: Column[]; rows: Record<string, unknown>[] }

type UpgradeReport = {
  /** The migration after which each table was filled. */
  seededAfter: Record<string, string>
  /** Each seeded table as it was right after being filled (the columns of that schema). */
  seeded: Record<string, TableState>
  /** The same columns of the same tables after every migration. */
  upgraded: Record<string, TableState>
  /** Tables and their columns after every migration. */
  finalColumns: Map<string, Set<string>>
  /** Migrations the migrator recorded as run, in order. */
  executed: string[]
}

// The runner's URL of DB_NAME (credentials from DB_HOST, DB_USERNAME...), set by the suite.
let clientUrl = ""

async function withOrm<T>(work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await MikroORM.init({
    clientUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    migrations: { path: MIGRATIONS_DIR, pathTs: MIGRATIONS_DIR, silent: true, snapshot: false },
    extensions: [CustomDBMigrator],
  })
  try {
    return await work(orm)
  } finally {
    await orm.close(true)
  }
}

/** Runs statements on the server's maintenance database (to create and drop DB_NAME). */
async function onServer(statements: string[]): Promise<void> {
  const server = new URL(clientUrl)
  server.pathname = "/postgres"
  const client = new Client({ connectionString: server.toString() })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
  } finally {
    await client.end()
  }
}

const dropDatabase = `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`

async function recreateDatabase(): Promise<void> {
  await onServer([dropDatabase, `CREATE DATABASE "${DB_NAME}"`])
}

async function readColumns(execute: Execute): Promise<Map<string, Column[]>> {
  const rows = (await execute(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`
  )) as { table_name: string; column_name: string; data_type: string }[]
  const tables = new Map<string, Column[]>()
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? []
    columns.push({ name: row.column_name, data_type: row.data_type })
    tables.set(row.table_name, columns)
  }
  return tables
}

async function readTable(execute: Execute, table: string, columns: Column[]): Promise<TableState> {
  const list = columns.map((column) => `"${column.name}"`).join(", ")
  return { columns, rows: await execute(`SELECT ${list} FROM "${table}" ORDER BY id`) }
}

async function upgradeFromFirstRelease(): Promise<UpgradeReport> {
  await recreateDatabase()
  const seededAfter: Record<string, string> = {}
  const seeded: Record<string, TableState> = {}
  for (const migration of MIGRATIONS) {
    await withOrm(async (orm) => {
      await orm.getMigrator().up({ to: migration })
      const execute: Execute = (sql, params = []) => orm.em.getConnection().execute(sql, params)
      const tables = await readColumns(execute)
      for (const [table, seed] of Object.entries(SEEDS)) {
        const columns = tables.get(table)
        if (!columns || seeded[table]) continue
        await seed(execute)
        seeded[table] = await readTable(execute, table, columns)
        seededAfter[table] = migration
      }
    })
  }
  return withOrm(async (orm) => {
    const execute: Execute = (sql, params = []) => orm.em.getConnection().execute(sql, params)
    const tables = await readColumns(execute)
    const upgraded: Record<string, TableState> = {}
    for (const [table, state] of Object.entries(seeded)) {
      const present = state.columns.filter((column) =>
        tables.get(table)?.some((now) => now.name === column.name)
      )
      upgraded[table] = await readTable(execute, table, present)
      upgraded[table].columns = tables.get(table) ?? []
    }
    const executed = (await orm.getMigrator().getExecutedMigrations()).map((m) => m.name)
    return {
      seededAfter,
      seeded,
      upgraded,
      finalColumns: new Map(
        [...tables].map(([table, columns]) => [table, new Set(columns.map((c) => c.name))])
      ),
      executed,
    }
  })
}

/** Tables and columns of the current data models, from the committed migration snapshot. */
function currentModelSchema(): Map<string, string[]> {
  const snapshot = JSON.parse(
    readFileSync(path.join(MIGRATIONS_DIR, ".snapshot-medusa-recommendation.json"), "utf8")
  ) as { tables: { name: string; columns: Record<string, unknown> }[] }
  return new Map(snapshot.tables.map((table) => [table.name, Object.keys(table.columns)]))
}

let upgrade: Promise<UpgradeReport> | undefined
// After the runner's own teardown (its hooks are in a describe block, so they run first).
afterAll(() => onServer([dropDatabase]))

moduleIntegrationTestRunner<RecommendationModuleService>({
  moduleName: RECOMMENDATION_MODULE,
  // No models: the runner leaves the schema to the migrations run by the hook below.
  moduleModels: [],
  dbName: DB_NAME,
  resolve: path.join(__dirname, ".."),
  moduleOptions: { vectorIndex: { refreshIntervalMs: 0 } },
  hooks: {
    beforeModuleInit: async () => {
      upgrade ??= upgradeFromFirstRelease()
      await upgrade
    },
  },
  testSuite: ({ service, dbConfig }) => {
    clientUrl = dbConfig.clientUrl
    const report = () => upgrade as Promise<UpgradeReport>

    it("fills the first release's tables, then runs every later migration over them", async () => {
      const { seededAfter, executed } = await report()
      expect(MIGRATIONS.length).toBeGreaterThan(1)
      expect(seededAfter.product_embedding).toBe(MIGRATIONS[0])
      expect(Object.keys(seededAfter).sort()).toEqual(Object.keys(SEEDS).sort())
      expect(executed).toEqual(MIGRATIONS)
    })

    it("keeps every column and every row; only queued rows gain their model", async () => {
      const { seeded, upgraded } = await report()
      for (const [table, before] of Object.entries(seeded)) {
        const after = upgraded[table]
        // No column dropped, renamed or retyped.
        for (const column of before.columns) {
          expect({ table, ...after.columns.find((c) => c.name === column.name) }).toEqual({
            table,
            ...column,
          })
        }
        expect(after.rows).toHaveLength(before.rows.length)
        // The one change migrations make to old rows: the queued ones get the store's model.
        const expected =
          table === "product_embedding"
            ? before.rows.map((row) => ({ ...row, model_id: row.model_id ?? USE_MODEL }))
            : before.rows
        expect(after.rows).toEqual(expected)
      }
    })

    it("keeps vectors and model snapshots byte for byte", async () => {
      const { upgraded } = await report()
      const embeddings = upgraded.product_embedding.rows as {
        id: string
        product_id: string
        model_id: string
        dimensions: number | null
        vector: Buffer | null
      }[]
      for (const seed of embeddingSeeds) {
        const row = embeddings.find((r) => r.id === seed.id)
        // Re-keyed by (product, model): each row keeps its product, and its model when it had one.
        expect(row?.product_id).toBe(seed.product_id)
        expect(row?.model_id).toBe(seed.model_id ?? USE_MODEL)
        if (seed.vector) {
          expect(Buffer.from(encodeVector(seed.vector)).equals(row?.vector as Buffer)).toBe(true)
          expect(decodeVector(row?.vector as Buffer)).toEqual(seed.vector)
          expect(row?.dimensions).toBe(seed.vector.length)
        } else {
          expect(row?.vector).toBeNull()
        }
      }
      const snapshots = upgraded.recommendation_model_snapshot.rows as {
        id: string
        payload: Buffer
      }[]
      expect(snapshots.map((s) => s.id)).toEqual(["rsnap_0", "rsnap_1"])
      snapshots.forEach((snapshot, i) => {
        expect(Buffer.from(snapshotPayloads[i]).equals(snapshot.payload)).toBe(true)
      })
    })

    it("ends with every table and column of the current data models", async () => {
      const { finalColumns } = await report()
      for (const [table, columns] of currentModelSchema()) {
        expect({ table, missing: columns.filter((c) => !finalColumns.get(table)?.has(c)) }).toEqual(
          { table, missing: [] }
        )
      }
      // Hand-written binary columns, absent from the models.
      expect(finalColumns.get("product_embedding")?.has("vector")).toBe(true)
      expect(finalColumns.get("recommendation_model_snapshot")?.has("payload")).toBe(true)
    })

    it("serves the upgraded data: old vectors, old snapshot, old events", async () => {
      await report()
      // The index holds the live vectors of the store's model, as stored (to int8 precision).
      const liveUse = embeddingSeeds.filter(
        (seed) => seed.vector && !seed.deleted && seed.model_id === USE_MODEL
      )
      expect((await service.refreshVectorIndex()).size).toBe(liveUse.length)
      expect(await service.getServingModel()).toBe(USE_MODEL)
      const { hits } = await service.searchSimilarProducts("prod_ready_1", { limit: 3 })
      expect(hits).toHaveLength(3)
      for (const seed of liveUse) {
        expect(await service.productSimilarity("prod_ready_1", seed.product_id)).toBeCloseTo(
          dot(seedVector("pemb_ready_1"), seedVector(seed.id)),
          QUANTIZED_DIGITS
        )
      }

      // Queued rows are the configured model's queue now; the claim expires as before.
      expect(await service.countEmbeddingsByStatus()).toEqual({
        pending: 5,
        ready: 8,
        failed: 1,
        total: 14,
      })

      // The newest stored behaviour model loads, and a rebuild reads every live event.
      await service.refreshBehaviourModel()
      expect((await service.getBehaviourModel()).vocabulary.size).toBe(catalogIds.length)
      const rebuilt = await service.rebuildBehaviourModel(catalogIds)
      expect(rebuilt.interactions).toBe(liveInteractions.length)
    })
  },
})
