import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { decodeVector, normalize } from "../../../engine"
import {
  bagOfWordsVector,
  MockEmbeddingServer,
} from "../../../../integration-tests/helpers/mock-embedding-server"
import { startEmbeddingWorker } from "../../../../integration-tests/helpers/run-module-worker"
import { until } from "../../../../integration-tests/helpers/until"
import { RECOMMENDATION_MODULE } from ".."
import ProductEmbedding from "../models/product-embedding"
import type RecommendationModuleService from "../service"

jest.setTimeout(180_000)

const PRODUCTS = 300
const BATCH = 10
const DIMENSIONS = 32
const MODEL = "mock/crash-test"
const CLAIM_TTL_SECONDS = 2

const products = Array.from({ length: PRODUCTS }, (_, i) => ({
  product_id: `prod_${String(i).padStart(4, "0")}`,
  text: `item ${i} in aisle ${i % 17}`,
}))
const textOf = new Map(products.map((p) => [p.product_id, p.text]))

const server = new MockEmbeddingServer({ dimensions: DIMENSIONS })
// Filled in once the server listens, before the runner boots the module (its beforeEach).
const huggingface = { model: MODEL, endpointUrl: "http://127.0.0.1:9", timeoutMs: 60_000 }
const options = {
  embedding: {
    provider: "huggingface" as const,
    huggingface,
    batchSize: BATCH,
    claimTtlSeconds: CLAIM_TTL_SECONDS,
  },
}

beforeAll(async () => {
  await server.start()
  huggingface.endpointUrl = server.url
})
afterAll(() => server.close())

moduleIntegrationTestRunner<RecommendationModuleService>({
  moduleName: RECOMMENDATION_MODULE,
  moduleModels: [ProductEmbedding],
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  moduleOptions: options,
  testSuite: ({ service, MikroOrmWrapper, dbConfig }) => {
    type Row = {
      product_id: string
      status: string
      vector: Buffer | null
      claim_token: string | null
    }
    const rows = (): Promise<Row[]> =>
      MikroOrmWrapper.getManager().execute(
        "SELECT product_id, status, vector, claim_token FROM product_embedding WHERE deleted_at IS NULL"
      )

    it("loses and duplicates nothing when the embedding process is SIGKILLed mid-backfill", async () => {
      const job = { databaseUrl: dbConfig.clientUrl, options, products }
      const first = startEmbeddingWorker({ ...job, queue: true })

      // Let it embed part of the catalog, then catch it waiting for a batch's answer.
      await until(
        async () => (await service.countEmbeddingsByStatus()).ready >= PRODUCTS / 4,
        "progress"
      )
      server.hold()
      await until(() => server.heldRequests > 0, "a batch in flight")
      first.child.kill("SIGKILL")
      const killed = await first.exited
      expect(killed.signal).toBe("SIGKILL")
      // The dead worker's socket closes: its batch is never answered, so never counted.
      await until(() => server.heldRequests === 0, "the dead client's request to close")
      server.release()

      const afterKill = await rows()
      const ready = afterKill.filter((row) => row.status === "ready").length
      const stranded = afterKill.filter((row) => row.status === "pending" && row.claim_token)
      expect(ready).toBeGreaterThanOrEqual(PRODUCTS / 4)
      expect(ready).toBeLessThan(PRODUCTS)
      // The killed batch is still claimed by the dead worker: nobody else may take it until
      // its claim expires.
      expect(stranded).toHaveLength(BATCH)

      const second = startEmbeddingWorker({ ...job, queue: false })
      const finished = await second.exited
      expect(finished).toEqual({ code: 0, signal: null, stderr: expect.any(String) })

      // Every product ready, once, with the vector of its own text.
      const final = await rows()
      expect(final).toHaveLength(PRODUCTS)
      expect(new Set(final.map((row) => row.product_id)).size).toBe(PRODUCTS)
      for (const row of final) {
        expect(row.status).toBe("ready")
        expect(decodeVector(row.vector as Buffer)).toEqual(
          normalize(bagOfWordsVector(textOf.get(row.product_id) ?? "", DIMENSIONS))
        )
      }
      // Every text answered successfully exactly once: the restart redid only the lost batch.
      expect(server.successesByText.size).toBe(PRODUCTS)
      expect([...server.successesByText.values()].every((count) => count === 1)).toBe(true)
      // The killed batch's texts were asked for twice (once unanswered), the rest once.
      const asked = server.requests.flatMap((request) => request.texts)
      expect(asked).toHaveLength(PRODUCTS + BATCH)
    })
  },
})
