// Seeds a benchmark store straight into Medusa's and the plugin's tables with SQL: through
// Medusa's workflows 100,000 products take hours, here about a minute. The rows are what the
// workflows would write for the fields the store routes read (checked against `\d` of the
// 2.21 tables): a sales channel with a publishable key, categories, published products with one
// variant in that channel, their ready embeddings (HashedWordEmbedder vectors under the model id
// the benchmarked server is configured with) and 1M guest interactions.
import { createHash } from "node:crypto"
import { Client } from "pg"
import { BENCH_MODEL_ID } from "./bench-server"
import { HashedWordEmbedder, productText, syntheticProducts } from "./synthetic-catalog"
import { syntheticInteractions } from "./synthetic-interactions"

/** Bump when what is seeded changes: databases seeded by an older version are seeded again. */
export const SEED_VERSION = "1"
export const BENCH_PUBLISHABLE_KEY = "pk_bench_serve_0000000000000000000000000000000000000000"
const SALES_CHANNEL_ID = "sc_bench"
const CHUNK = 5_000

/** The product id of synthetic product `index` (`p<index>` in the interactions). */
export const benchProductId = (index: number) => `prod_bench_${String(index).padStart(6, "0")}`
/** The guest session of synthetic shopper `u<n>`. */
export const benchSessionId = (user: number) => `bench_u${user}`

export type SeedSummary = { products: number; interactions: number; seconds: number }

/** Seeds an empty, migrated database (without its marker: see `writeSeedMarker`). */
export async function seedBenchStore(
  databaseUrl: string,
  size: number,
  interactions: number,
  shoppers: number
): Promise<SeedSummary> {
  const started = Date.now()
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await seedChannelAndKey(client)
    const categories = await seedProducts(client, size)
    console.log(`  ${size} products in ${categories} categories, with embeddings`)
    const stored = await seedInteractions(client, size, interactions, shoppers)
    console.log(`  ${stored} interactions`)
    await client.query(`ANALYZE`)
    return { products: size, interactions: stored, seconds: (Date.now() - started) / 1000 }
  } finally {
    await client.end()
  }
}

/**
 * Marks a database as completely seeded, the behaviour model included: a run interrupted before
 * this seeds it again.
 */
export async function writeSeedMarker(databaseUrl: string, marker: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(`CREATE TABLE bench_seed (marker text, seeded_at timestamptz)`)
    await client.query(`INSERT INTO bench_seed VALUES ($1, now())`, [marker])
  } finally {
    await client.end()
  }
}

/** The seed marker of a database, or null when it was never (completely) seeded. */
export async function readSeedMarker(databaseUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ marker: string }>(`SELECT marker FROM bench_seed`)
    return rows[0]?.marker ?? null
  } catch {
    return null
  } finally {
    await client.end()
  }
}

async function seedChannelAndKey(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO sales_channel (id, name, description, is_disabled, created_at, updated_at)
     VALUES ($1, 'Bench store', 'Benchmark sales channel', false, now(), now())`,
    [SALES_CHANNEL_ID]
  )
  await client.query(
    `INSERT INTO api_key (id, token, salt, redacted, title, type, created_by, created_at, updated_at)
     VALUES ('apk_bench', $1, '', 'pk_ben***000', 'Bench', 'publishable', 'bench', now(), now())`,
    [BENCH_PUBLISHABLE_KEY]
  )
  await client.query(
    `INSERT INTO publishable_api_key_sales_channel
       (id, publishable_key_id, sales_channel_id, created_at, updated_at)
     VALUES ('pksc_bench', 'apk_bench', $1, now(), now())`,
    [SALES_CHANNEL_ID]
  )
}

/** Products, their variant, category and channel links, and their ready embeddings. */
async function seedProducts(client: Client, size: number): Promise<number> {
  const categoryIds = new Map<string, string>()
  const embedder = new HashedWordEmbedder()
  let rows: ProductRow[] = []
  const flush = async () => {
    if (!rows.length) return
    await insertProducts(client, rows)
    rows = []
  }
  for (const product of syntheticProducts(size)) {
    let categoryId = categoryIds.get(product.category)
    if (!categoryId) {
      categoryId = `pcat_bench_${categoryIds.size}`
      await client.query(
        `INSERT INTO product_category (id, name, description, handle, mpath, is_active,
           is_internal, rank, created_at, updated_at)
         VALUES ($1, $2, '', $3, $1, true, false, $4, now(), now())`,
        [categoryId, product.category, slug(product.category), categoryIds.size]
      )
      categoryIds.set(product.category, categoryId)
    }
    const text = productText(product)
    rows.push({
      id: benchProductId(product.index),
      title: product.title,
      subtitle: product.brand,
      description: product.description,
      handle: product.handle,
      categoryId,
      vector: Buffer.from(embedder.embed(text).buffer),
      textHash: createHash("sha256").update(text).digest("hex"),
    })
    if (rows.length >= CHUNK) await flush()
  }
  await flush()
  return categoryIds.size
}

type ProductRow = {
  id: string
  title: string
  subtitle: string
  description: string
  handle: string
  categoryId: string
  vector: Buffer
  textHash: string
}

async function insertProducts(client: Client, rows: ProductRow[]): Promise<void> {
  const column = <K extends keyof ProductRow>(key: K) => rows.map((row) => row[key])
  const ids = column("id")
  await client.query(
    `INSERT INTO product (id, title, subtitle, description, handle, status, is_giftcard,
       discountable, created_at, updated_at)
     SELECT id, title, subtitle, description, handle, 'published', false, true, now(), now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       AS t(id, title, subtitle, description, handle)`,
    [ids, column("title"), column("subtitle"), column("description"), column("handle")]
  )
  await client.query(
    `INSERT INTO product_variant (id, title, product_id, manage_inventory, allow_backorder,
       variant_rank, created_at, updated_at)
     SELECT 'variant_' || substr(id, 6), 'Default', id, false, false, 0, now(), now()
     FROM unnest($1::text[]) AS t(id)`,
    [ids]
  )
  await client.query(
    `INSERT INTO product_category_product (product_id, product_category_id)
     SELECT * FROM unnest($1::text[], $2::text[])`,
    [ids, column("categoryId")]
  )
  await client.query(
    `INSERT INTO product_sales_channel (id, product_id, sales_channel_id, created_at, updated_at)
     SELECT 'prodsc_' || substr(id, 6), id, $2, now(), now() FROM unnest($1::text[]) AS t(id)`,
    [ids, SALES_CHANNEL_ID]
  )
  await client.query(
    `INSERT INTO product_embedding (id, product_id, status, model_id, dimensions, text_hash,
       attempts, embedded_at, vector, created_at, updated_at)
     SELECT 'pemb_' || substr(id, 6), id, 'ready', $2, 512, text_hash, 1, now(), vector, now(), now()
     FROM unnest($1::text[], $3::text[], $4::bytea[]) AS t(id, text_hash, vector)`,
    [ids, BENCH_MODEL_ID, column("textHash"), column("vector")]
  )
}

/** The synthetic interactions as guest events of `bench_u<n>` sessions on the seeded products. */
async function seedInteractions(
  client: Client,
  size: number,
  count: number,
  shoppers: number
): Promise<number> {
  const epoch = Date.now() - 90 * 24 * 3600 * 1000
  let columns: unknown[][] = [[], [], [], [], [], []]
  let sequence = 0
  let stored = 0
  const flush = async () => {
    if (!columns[0].length) return
    const result = await client.query(
      `INSERT INTO recommendation_interaction
         (id, type, product_id, quantity, session_id, order_id, occurred_at, created_at, updated_at)
       SELECT id, type, product_id, 1, session_id, order_id, occurred_at, now(), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
         AS t(id, type, product_id, session_id, order_id, occurred_at)
       ON CONFLICT DO NOTHING`,
      columns
    )
    stored += result.rowCount ?? 0
    columns = [[], [], [], [], [], []]
  }
  for (const event of syntheticInteractions(count, shoppers, size)) {
    const row = [
      `rint_bench_${String(sequence++).padStart(8, "0")}`,
      event.type,
      benchProductId(Number(event.item_id.slice(1))),
      benchSessionId(Number(event.user_id.slice(1))),
      event.order_id ?? null,
      new Date(epoch + event.timestamp).toISOString(),
    ]
    row.forEach((value, column) => columns[column].push(value))
    if (columns[0].length >= 4 * CHUNK) await flush()
  }
  await flush()
  return stored
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-")
}
