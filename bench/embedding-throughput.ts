// Benchmark: how fast the default (offline) provider embeds catalog text, and how long the
// vector index takes to load from Postgres. Prints numbers; asserts nothing.
//
//   npm run bench:embed            (uses DB_HOST/DATABASE_URL, else an embedded PostgreSQL)
//
// The "onnx" provider instead (embedding only, batch sizes 1, 16 and 64):
//
//   npm run bench:embed -- --onnx-fixture          (the tests' tiny BERT, built in a temp dir)
//   npm run bench:embed -- --onnx Xenova/all-MiniLM-L6-v2 --local-model-path ./models [--dtype q8]
//
// The default provider runs with each worker-thread count of `--threads` (default 0, 1, 2: 0 is
// the main thread), on short catalog texts (title, brand, categories: about 20 words) and on
// the demo catalog's full texts:
//
//   npm run bench:embed -- --threads 2 [--json FILE]   (FILE: products/s of the short texts)
//
// Every provider that runs here, at batch sizes 1, 16 and 64 (embedding only): USE Lite, the
// "onnx" provider on the tiny fixture, and the "huggingface" provider against the tests' mock
// server on 127.0.0.1 (HTTP and JSON round trips, no model):
//
//   npm run bench:embed -- --all-providers
import { writeFileSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { Client } from "pg"
import { buildProductText, encodeVector, type EmbeddingProvider } from "../src/engine"
import { MockEmbeddingServer } from "../integration-tests/helpers/mock-embedding-server"
import { writeTinyBert } from "../src/modules/recommendation/embedding/__fixtures__/tiny-bert"
import { HuggingFaceEmbeddingProvider } from "../src/modules/recommendation/embedding/hugging-face"
import {
  OnnxEmbeddingOptionsSchema,
  OnnxEmbeddingProvider,
  prepareOnnxModel,
} from "../src/modules/recommendation/embedding/onnx"
import { UniversalSentenceEncoderProvider } from "../src/modules/recommendation/embedding/universal-sentence-encoder"
import { HuggingFaceEmbeddingOptionsSchema } from "../src/modules/recommendation/options"
import { VectorIndexSync, type VectorRow } from "../src/modules/recommendation/vector-index-sync"
import { demoCategories, demoCollections, demoProducts } from "../demo/src/scripts/demo-catalog"

const BATCH_SIZES = [1, 16, 32, 64]
const ONNX_BATCH_SIZES = [1, 16, 64]
const INDEX_SIZES = [10_000, 100_000]

// Short catalog texts: what a store embeds when only title, brand and categories are set.
const BRANDS = ["Trailhead", "Kettle & Co", "Hearth", "Sonar", "Ridgeline", "Inkwell", "Dewdrop"]
const ADJECTIVES = [
  "Ultralight",
  "Classic",
  "Organic",
  "Insulated",
  "Compact",
  "Ergonomic",
  "Waterproof",
]
const MATERIALS = [
  "Merino Wool",
  "Ceramic",
  "Cast Iron",
  "Bamboo",
  "Stainless Steel",
  "Recycled Nylon",
]
const NOUNS = ["Running Socks", "Coffee Dripper", "Skillet", "Headphones", "Backpack", "Desk Lamp"]
const USES = ["Travel", "Everyday Use", "Beginners", "Small Kitchens", "Long Runs", "Gifts"]
const CATEGORIES = [
  "Running & Fitness",
  "Coffee & Tea",
  "Kitchen & Cookware",
  "Outdoor & Camping",
  "Audio & Headphones",
  "Home Office",
  "Gifts for Him",
]

function shortCatalogTexts(count: number): string[] {
  let seed = 20261122
  const pick = <T>(list: readonly T[]) => list[(seed = (seed * 16807) % 2147483647) % list.length]
  return Array.from({ length: count }, (_, i) =>
    buildProductText(
      {
        title: `${pick(ADJECTIVES)} ${pick(MATERIALS)} ${pick(NOUNS)} for ${pick(USES)}, Size ${(i % 5) + 1}`,
        collection: { title: pick(BRANDS) },
        categories: [pick(CATEGORIES), pick(CATEGORIES), pick(CATEGORIES)].map((name) => ({
          name,
        })),
      },
      { fields: ["title", "collection", "categories"], maxLength: 1000 }
    )
  )
}

function averageWords(texts: string[]): number {
  return texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length
}

function catalogTexts(): string[] {
  const categoryName = new Map(demoCategories.map((c) => [c.handle, c.name]))
  const collectionTitle = new Map(demoCollections.map((c) => [c.handle, c.title]))
  return demoProducts.map((p) =>
    buildProductText({
      title: p.title,
      subtitle: p.subtitle,
      description: p.description,
      material: p.material,
      type: { value: p.type },
      collection: p.collection ? { title: collectionTitle.get(p.collection) } : null,
      categories: [{ name: categoryName.get(p.category) }],
      tags: p.tags.map((value) => ({ value })),
      options: [{ title: p.option.title, values: p.option.values.map((value) => ({ value })) }],
    })
  )
}

/**
 * Table rows `| batch size | products | seconds | products/s | CPU s | products per CPU s |`,
 * each after `prefix`. CPU time is the whole process's, worker threads included: unlike wall
 * time, it hardly moves when other processes share the machine.
 */
type EmbeddingTiming = { batchSize: number; products: number; seconds: number; cpuSeconds: number }

async function timeEmbedding(
  provider: EmbeddingProvider,
  texts: string[],
  batchSizes: number[]
): Promise<EmbeddingTiming[]> {
  const timings: EmbeddingTiming[] = []
  for (const batchSize of batchSizes) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    for (let i = 0; i < texts.length; i += batchSize) {
      await provider.embed(texts.slice(i, i + batchSize))
    }
    const seconds = (performance.now() - started) / 1000
    const { user, system } = process.cpuUsage(cpu)
    timings.push({ batchSize, products: texts.length, seconds, cpuSeconds: (user + system) / 1e6 })
  }
  return timings
}

function timingRow(timing: EmbeddingTiming, prefix = ""): string {
  const { batchSize, products, seconds, cpuSeconds } = timing
  return `| ${prefix}${batchSize} | ${products} | ${seconds.toFixed(2)} | ${(products / seconds).toFixed(1)} | ${cpuSeconds.toFixed(2)} | ${(products / cpuSeconds).toFixed(1)} |`
}

const TIMING_COLUMNS = `batch size | products | seconds | products/s | CPU s | products per CPU s |`

async function connect(): Promise<{ client: Client; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL || process.env.DB_HOST) {
    const client = new Client(
      process.env.DATABASE_URL ?? {
        host: process.env.DB_HOST,
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME ?? "postgres",
        password: process.env.DB_PASSWORD ?? "",
        database: process.env.DB_DATABASE ?? "postgres",
      }
    )
    await client.connect()
    return { client, stop: () => client.end() }
  }
  const { startEmbeddedPostgres, freePort } = await import("../scripts/embedded-postgres.mjs")
  const port = await freePort()
  const dataDir = path.join(os.tmpdir(), `medusa-recommendations-bench-${process.pid}`, "pg")
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false })
  const client = new Client({ host: "localhost", port, user: "postgres", password: "postgres" })
  await client.connect()
  return { client, stop: async () => (await client.end(), await server.stop()) }
}

/** Writes `vectors` to a scratch table shaped like product_embedding, then times a full load. */
async function timeIndexLoad(client: Client, vectors: Float32Array[], modelId: string) {
  await client.query("DROP TABLE IF EXISTS bench_product_embedding")
  await client.query(
    `CREATE TABLE bench_product_embedding (product_id text, vector bytea, model_id text,
       deleted_at timestamptz, updated_at timestamptz DEFAULT now())`
  )
  for (let i = 0; i < vectors.length; i += 1000) {
    const chunk = vectors.slice(i, i + 1000)
    const params: unknown[] = []
    const values = chunk.map((vector, j) => {
      params.push(`prod_${i + j}`, Buffer.from(encodeVector(vector)), modelId)
      return `($${params.length - 2}, $${params.length - 1}, $${params.length})`
    })
    await client.query(
      `INSERT INTO bench_product_embedding (product_id, vector, model_id) VALUES ${values.join(",")}`,
      params
    )
  }
  const sync = new VectorIndexSync(
    modelId,
    vectors[0].length,
    async () => ({
      readAt: new Date(),
      rows: (
        await client.query<VectorRow>(
          `SELECT product_id, vector, model_id, deleted_at, updated_at
           FROM bench_product_embedding WHERE model_id = $1 ORDER BY updated_at`,
          [modelId]
        )
      ).rows,
    }),
    0
  )
  const started = performance.now()
  await sync.refresh()
  const ms = performance.now() - started
  const { size, vectorBytes } = sync.index
  await client.query("DROP TABLE bench_product_embedding")
  return `| ${size} | ${ms.toFixed(0)} | ${(vectorBytes / 2 ** 20).toFixed(1)} |`
}

function syntheticVectors(count: number, dimensions: number): Float32Array[] {
  let seed = 1
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1
  return Array.from({ length: count }, () => Float32Array.from({ length: dimensions }, random))
}

/** The "onnx" provider on a given local model, or on the tests' tiny BERT in a temp dir. */
async function onnxProvider(
  args: Record<string, string | boolean | undefined>
): Promise<{ provider: EmbeddingProvider; cleanUp: () => Promise<void> }> {
  let cleanUp = async () => {}
  const options = OnnxEmbeddingOptionsSchema.parse({
    model: args.onnx,
    localModelPath: args["local-model-path"],
    pooling: args.pooling,
    dtype: args.dtype,
  })
  if (args["onnx-fixture"]) {
    const root = await mkdtemp(path.join(os.tmpdir(), "bench-tiny-bert-"))
    cleanUp = () => rm(root, { recursive: true, force: true })
    await writeTinyBert(path.join(root, "test", "tiny-bert"))
    Object.assign(options, { model: "test/tiny-bert", localModelPath: root })
  }
  await prepareOnnxModel(options)
  return { provider: new OnnxEmbeddingProvider(options), cleanUp }
}

/** One table for every provider that runs offline here, each warmed up first. */
async function benchAllProviders(texts: string[]) {
  const server = await new MockEmbeddingServer({ dimensions: 384 }).start()
  const onnx = await onnxProvider({ "onnx-fixture": true })
  const huggingface = new HuggingFaceEmbeddingProvider(
    HuggingFaceEmbeddingOptionsSchema.parse({ model: "mock/bench", endpointUrl: server.url })
  )
  const useLite = new UniversalSentenceEncoderProvider()
  const providers: [string, EmbeddingProvider][] = [
    [`USE Lite (local, WASM, ${useLite.threads} threads)`, useLite],
    ["ONNX tiny BERT fixture (local)", onnx.provider],
    ["Hugging Face → mock server (127.0.0.1)", huggingface],
  ]
  console.log(`| provider | ${TIMING_COLUMNS}`)
  console.log(`|---|---|---|---|---|---|---|`)
  try {
    for (const [label, provider] of providers) {
      await provider.embed([texts[0]])
      for (const timing of await timeEmbedding(provider, texts, ONNX_BATCH_SIZES)) {
        console.log(timingRow(timing, `${label} | `))
      }
    }
  } finally {
    await useLite.close()
    await onnx.cleanUp()
    await server.close()
  }
}

/** One provider per `--threads` value, each warmed up (every worker's model loaded) first. */
/** Products per second of the short catalog texts, by thread count and batch size. */
export type ShortTextThroughput = { threads: number; batchSize: number; productsPerSecond: number }

async function benchThreads(threadCounts: number[]): Promise<ShortTextThroughput[]> {
  const texts = { short: shortCatalogTexts(256), demo: catalogTexts() }
  console.log(
    `texts: ${texts.short.length} short catalog texts (title, brand, categories), ${averageWords(texts.short).toFixed(0)} words on average; ` +
      `the ${texts.demo.length} demo catalog products, ${averageWords(texts.demo).toFixed(0)} words on average\n`
  )
  console.log(`| threads | texts | ${TIMING_COLUMNS}`)
  console.log(`|---|---|---|---|---|---|---|---|`)
  const loads: string[] = []
  const short: ShortTextThroughput[] = []
  for (const threads of threadCounts) {
    const provider = new UniversalSentenceEncoderProvider({ threads })
    try {
      const started = performance.now()
      await provider.embed(texts.short.slice(0, Math.max(1, threads)))
      loads.push(`${threads}: ${(performance.now() - started).toFixed(0)} ms`)
      for (const [label, list] of Object.entries(texts)) {
        for (const timing of await timeEmbedding(provider, list, BATCH_SIZES)) {
          console.log(timingRow(timing, `${threads} | ${label} | `))
          if (label === "short") {
            const productsPerSecond = timing.products / timing.seconds
            short.push({ threads, batchSize: timing.batchSize, productsPerSecond })
          }
        }
      }
    } finally {
      await provider.close()
    }
  }
  console.log(`\nfirst call, model load included, per thread count: ${loads.join(", ")}`)
  return short
}

async function benchIndexLoad(provider: EmbeddingProvider, texts: string[], dimensions: number) {
  const vectors = await provider.embed(texts)
  const { client, stop } = await connect()
  try {
    console.log(`\nIndex load from Postgres (SELECT + decode + normalize into the exact index):\n`)
    console.log(`| products | load ms | vector buffer MB (allocated) |`)
    console.log(`|---|---|---|`)
    console.log(await timeIndexLoad(client, vectors, provider.id))
    for (const size of INDEX_SIZES) {
      console.log(await timeIndexLoad(client, syntheticVectors(size, dimensions), provider.id))
    }
  } finally {
    await stop()
  }
}

function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")
  return `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${load}`
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      "all-providers": { type: "boolean" },
      "onnx-fixture": { type: "boolean" },
      onnx: { type: "string" },
      "local-model-path": { type: "string" },
      pooling: { type: "string" },
      dtype: { type: "string" },
      threads: { type: "string", default: "0,1,2" },
      json: { type: "string" },
    },
  })
  const texts = catalogTexts()
  if (args["all-providers"]) {
    console.log(`# Embedding throughput per provider`)
    console.log(machine())
    console.log(`texts: demo catalog, ${texts.length} products\n`)
    return benchAllProviders(texts)
  }
  if (args["onnx-fixture"] || args.onnx) {
    const onnx = await onnxProvider(args)
    const loadStarted = performance.now()
    const [warm] = await onnx.provider.embed([texts[0]])
    console.log(`# ONNX embedding benchmark`)
    console.log(machine())
    console.log(
      `provider: ${onnx.provider.id} (${warm.length} dimensions), first call incl. model load ${(performance.now() - loadStarted).toFixed(0)} ms`
    )
    console.log(
      `texts: demo catalog, ${texts.length} products, ${averageWords(texts).toFixed(0)} words on average\n`
    )
    console.log(`| ${TIMING_COLUMNS}`)
    console.log(`|---|---|---|---|---|---|`)
    for (const timing of await timeEmbedding(onnx.provider, texts, ONNX_BATCH_SIZES)) {
      console.log(timingRow(timing))
    }
    return onnx.cleanUp()
  }

  const threadCounts = args.threads.split(",").map(Number)
  console.log(`# Embedding and index benchmark`)
  console.log(machine())
  console.log(
    `provider: universal-sentence-encoder-lite, threads ${threadCounts.join(", ")} (0: the main thread)`
  )
  const short = await benchThreads(threadCounts)
  if (args.json) writeFileSync(args.json, JSON.stringify({ short }, null, 2))
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`
  )

  const provider = new UniversalSentenceEncoderProvider()
  try {
    await benchIndexLoad(provider, texts, provider.dimensions)
  } finally {
    await provider.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
