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
// Every provider that runs here, at batch sizes 1, 16 and 64 (embedding only): USE Lite, the
// "onnx" provider on the tiny fixture, and the "huggingface" provider against the tests' mock
// server on 127.0.0.1 (HTTP and JSON round trips, no model):
//
//   npm run bench:embed -- --all-providers
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

/** Table rows `| batch size | products | seconds | products/s |`, each after `prefix`. */
async function timeEmbedding(
  provider: EmbeddingProvider,
  texts: string[],
  batchSizes: number[],
  prefix = ""
) {
  const rows: string[] = []
  for (const batchSize of batchSizes) {
    const started = performance.now()
    for (let i = 0; i < texts.length; i += batchSize) {
      await provider.embed(texts.slice(i, i + batchSize))
    }
    const seconds = (performance.now() - started) / 1000
    rows.push(
      `| ${prefix}${batchSize} | ${texts.length} | ${seconds.toFixed(2)} | ${(texts.length / seconds).toFixed(1)} |`
    )
  }
  return rows
}

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
    async () =>
      (
        await client.query<VectorRow>(
          `SELECT product_id, vector, model_id, deleted_at, updated_at
           FROM bench_product_embedding WHERE model_id = $1 ORDER BY updated_at`,
          [modelId]
        )
      ).rows,
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
  const providers: [string, EmbeddingProvider][] = [
    ["USE Lite (local, WASM)", new UniversalSentenceEncoderProvider()],
    ["ONNX tiny BERT fixture (local)", onnx.provider],
    ["Hugging Face → mock server (127.0.0.1)", huggingface],
  ]
  console.log(`| provider | batch size | products | seconds | products/s |`)
  console.log(`|---|---|---|---|---|`)
  try {
    for (const [label, provider] of providers) {
      await provider.embed([texts[0]])
      for (const row of await timeEmbedding(provider, texts, ONNX_BATCH_SIZES, `${label} | `)) {
        console.log(row)
      }
    }
  } finally {
    await onnx.cleanUp()
    await server.close()
  }
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
    },
  })
  const texts = catalogTexts()
  if (args["all-providers"]) {
    console.log(`# Embedding throughput per provider`)
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`
    )
    console.log(`texts: demo catalog, ${texts.length} products\n`)
    return benchAllProviders(texts)
  }
  const onnx = args["onnx-fixture"] || args.onnx ? await onnxProvider(args) : undefined
  const provider = onnx?.provider ?? new UniversalSentenceEncoderProvider()
  const loadStarted = performance.now()
  const [warm] = await provider.embed([texts[0]])
  const modelLoadMs = performance.now() - loadStarted
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length

  console.log(`# Embedding and index benchmark`)
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`
  )
  console.log(
    `provider: ${provider.id} (${warm.length} dimensions), first call incl. model load ${modelLoadMs.toFixed(0)} ms`
  )
  console.log(
    `texts: demo catalog, ${texts.length} products, ${words.toFixed(0)} words on average\n`
  )
  console.log(`| batch size | products | seconds | products/s |`)
  console.log(`|---|---|---|---|`)
  for (const row of await timeEmbedding(provider, texts, onnx ? ONNX_BATCH_SIZES : BATCH_SIZES)) {
    console.log(row)
  }
  if (onnx) return onnx.cleanUp()

  const vectors = await provider.embed(texts)
  const { client, stop } = await connect()
  try {
    console.log(`\nIndex load from Postgres (SELECT + decode + normalize into the exact index):\n`)
    console.log(`| products | load ms | vector buffer MB (allocated) |`)
    console.log(`|---|---|---|`)
    console.log(await timeIndexLoad(client, vectors, provider.id))
    for (const size of INDEX_SIZES) {
      console.log(await timeIndexLoad(client, syntheticVectors(size, warm.length), provider.id))
    }
  } finally {
    await stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
