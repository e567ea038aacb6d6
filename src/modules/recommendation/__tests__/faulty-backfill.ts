import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { decodeVector, hashText, normalize } from "../../../engine"
import {
  bagOfWordsVector,
  FAULTS,
  MockEmbeddingServer,
} from "../../../../integration-tests/helpers/mock-embedding-server"
import { RECOMMENDATION_MODULE } from ".."
import ProductEmbedding from "../models/product-embedding"
import type RecommendationModuleService from "../service"

const PRODUCTS = 2000
const WORKERS = 3
const DIMENSIONS = 64
const RETRY_AFTER_SECONDS = 1
const ESTIMATED_TIME_SECONDS = 0.5

const ADJECTIVES = ["ceramic", "steel", "oak", "linen", "glass", "copper", "wool", "bamboo"]
const NOUNS = ["kettle", "mug", "grinder", "scale", "dripper", "teapot", "tray", "blanket"]

/** Product texts as the build step would make them: unique, with shared words. */
const catalog = Array.from({ length: PRODUCTS }, (_, i) => {
  const text = `${ADJECTIVES[i % 8]} ${NOUNS[Math.floor(i / 8) % 8]} model ${i}`
  return { product_id: `prod_${String(i).padStart(4, "0")}`, text, text_hash: hashText(text) }
})
const byId = new Map(catalog.map((item) => [item.product_id, item]))

/** The remote providers the backfill runs through, each with its section of the options. */
export type RemoteProvider = "huggingface" | "openai"

const MODELS: Record<RemoteProvider, string> = {
  huggingface: "sentence-transformers/all-MiniLM-L6-v2",
  openai: "text-embedding-3-small",
}

/**
 * A 2,000-product backfill through `provider` against the mock server, with 30% of its requests
 * answering 429, 500, 503 or hanging past the timeout. One spec file per provider, so each gets
 * its own server, database and counters.
 */
export function describeFaultyBackfill(provider: RemoteProvider): void {
  const MODEL = MODELS[provider]
  const server = new MockEmbeddingServer(
    {
      dimensions: DIMENSIONS,
      faultRate: 0.3,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      estimatedTimeSeconds: ESTIMATED_TIME_SECONDS,
    },
    42
  )
  // The module reads its options when it starts (in the runner's beforeEach), after this file's
  // beforeAll has started the server and filled in its address.
  const section =
    provider === "huggingface"
      ? { huggingface: { model: MODEL, endpointUrl: "http://127.0.0.1:9", timeoutMs: 500 } }
      : { openai: { model: MODEL, baseURL: "http://127.0.0.1:9/v1", timeoutMs: 500 } }

  beforeAll(async () => {
    await server.start()
    if ("huggingface" in section) section.huggingface.endpointUrl = server.url
    else section.openai.baseURL = `${server.url}/v1`
  })
  afterAll(() => server.close())

  moduleIntegrationTestRunner<RecommendationModuleService>({
    moduleName: RECOMMENDATION_MODULE,
    moduleModels: [ProductEmbedding],
    resolve: path.join(__dirname, ".."),
    pathToMigrations: path.join(__dirname, "../migrations"),
    moduleOptions: {
      vectorIndex: { refreshIntervalMs: 0 },
      embedding: {
        provider,
        ...section,
        batchSize: 25,
        // 30% faults: 20 attempts make a spurious "failed" a 1e-10 event.
        maxAttempts: 20,
        // Our own backoff stays below the waits the server asks for, so those show.
        retryBaseMs: 20,
        retryMaxMs: 200,
      },
    },
    testSuite: ({ service, MikroOrmWrapper }) => {
      /** One worker, as the embed-pending-products workflow runs: claim, embed, save, until empty. */
      const drain = async () => {
        for (;;) {
          const claim = await service.claimPendingEmbeddings(25)
          if (!claim.rows.length) return
          const texts = claim.rows.map((row) => byId.get(row.product_id) as (typeof catalog)[0])
          await service.embedClaimedTexts(claim.token, claim.rows, texts)
        }
      }

      it(`embeds a 2,000-product backfill through ${provider} exactly once per product through 30% faults`, async () => {
        const startedAt = Date.now()
        await service.markProductsPending(catalog.map((item) => item.product_id))

        // Several workers share the queue, as several Medusa instances would; retries come due
        // after their backoff or the server's wait, so keep sweeping until nothing is pending.
        let counts = await service.countEmbeddingsByStatus()
        while (counts.pending > 0 && Date.now() - startedAt < 100_000) {
          await Promise.all(Array.from({ length: WORKERS }, drain))
          counts = await service.countEmbeddingsByStatus()
          if (counts.pending > 0) await new Promise((resolve) => setTimeout(resolve, 50))
        }

        expect(counts).toEqual({ pending: 0, ready: PRODUCTS, failed: 0, total: PRODUCTS })
        // Every text was answered successfully once: no batch embedded twice by two workers.
        expect(server.successesByText.size).toBe(PRODUCTS)
        expect([...server.successesByText.values()].every((count) => count === 1)).toBe(true)

        // The faults really happened, about as often as asked, of every kind.
        const faulted = server.requests.filter((request) => request.fault)
        expect(faulted.length / server.requests.length).toBeGreaterThan(0.2)
        expect(faulted.length / server.requests.length).toBeLessThan(0.4)
        for (const fault of FAULTS) expect(server.faultCount(fault)).toBeGreaterThan(0)

        // Each faulted request cost each of its products one attempt, and the status shows them.
        const failedAttempts = faulted.reduce((sum, request) => sum + request.texts.length, 0)
        const status = await service.getEmbeddingPipelineStatus(PRODUCTS)
        expect(status).toEqual(
          expect.objectContaining({
            provider: `${provider}:${MODEL}`,
            dimensions: DIMENSIONS,
            coverage: 1,
            retries: { products: expect.any(Number), attempts: failedAttempts },
          })
        )
        expect(status.retries.products).toBeGreaterThan(0)
        expect(status.retries.products).toBeLessThanOrEqual(failedAttempts)

        // A text refused with a wait was not asked for again before that wait had passed: the
        // Retry-After of a 429, and on Hugging Face the estimated_time of a model loading (503).
        const waitMs = { "429": RETRY_AFTER_SECONDS * 1000, "503": ESTIMATED_TIME_SECONDS * 1000 }
        for (const request of faulted) {
          if (request.fault !== "429" && !(request.fault === "503" && provider === "huggingface"))
            continue
          const next = server.requests.find(
            (later) => later.at > request.at && later.texts.includes(request.texts[0])
          )
          expect((next?.at ?? Number.POSITIVE_INFINITY) - request.at).toBeGreaterThanOrEqual(
            waitMs[request.fault] - 5
          )
        }

        // One live row per product, holding the vector of that product's own text.
        const rows: { product_id: string; vector: Buffer; model_id: string; dimensions: number }[] =
          await MikroOrmWrapper.getManager().execute(
            "SELECT product_id, vector, model_id, dimensions FROM product_embedding WHERE deleted_at IS NULL"
          )
        expect(rows).toHaveLength(PRODUCTS)
        expect(new Set(rows.map((row) => row.product_id)).size).toBe(PRODUCTS)
        for (const row of rows) {
          expect(row.model_id).toBe(`${provider}:${MODEL}`)
          expect(row.dimensions).toBe(DIMENSIONS)
          const expected = normalize(
            bagOfWordsVector(byId.get(row.product_id)?.text ?? "", DIMENSIONS)
          )
          expect(decodeVector(row.vector)).toEqual(expected)
        }

        // The index sized itself from the stored vectors; shared words make neighbours.
        expect(await service.refreshVectorIndex()).toEqual(
          expect.objectContaining({ size: PRODUCTS })
        )
        const { hits } = await service.searchSimilarProducts("prod_0000", { limit: 5 })
        for (const hit of hits) {
          expect(byId.get(hit.id)?.text).toMatch(/^ceramic kettle /)
        }
        expect(Date.now() - startedAt).toBeLessThan(100_000)
      })
    },
  })
}
