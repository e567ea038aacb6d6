import type { AxiosInstance } from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildProductText, decodeVector, dot, type ProductTextSource } from "../../src/engine"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { EmbeddingPipelineStatus } from "../../src/modules/recommendation/service"
import type { StoreProductRecommendationsResponse } from "../../src/types/http"
import { PRODUCT_TEXT_GRAPH_FIELDS } from "../../src/workflows/steps/build-product-texts"
import { createAdminHeaders } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createSalesChannel,
  createStoreHeaders,
} from "../helpers/catalog"
import { MockEmbeddingServer } from "../helpers/mock-embedding-server"
import { startEmbeddingWorker } from "../helpers/run-module-worker"
import { QUANTIZED_DIGITS } from "../../src/engine/vector/__tests__/quantization-tolerance"

jest.setTimeout(300_000)

// The store used to embed with OLD (OpenAI-compatible, 32 dimensions); it now runs with NEW
// (Hugging Face endpoint, 48 dimensions). OLD's section stays in the options, so search can
// still embed queries with it while its vectors serve.
const oldServer = new MockEmbeddingServer({ dimensions: 32 })
const newServer = new MockEmbeddingServer({ dimensions: 48 })
const OLD_MODEL = "openai:mock-old@32"
const NEW_MODEL = "huggingface:mock/new"

const PRODUCTS = [
  ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly for espresso and pour-over."],
  ["Pour-Over Coffee Dripper", "Ceramic cone dripper for brewing filter coffee by hand."],
  ["Gooseneck Coffee Kettle", "Electric kettle with a precise spout for pour-over coffee."],
  ["Trail Running Shoes", "Grippy running shoes with a cushioned sole for muddy trails."],
  ["Running Socks", "Breathable cushioned socks that prevent blisters on long runs."],
  ["Reflective Running Vest", "Lightweight high-visibility vest for running at night."],
]

// medusa-config.ts reads this when the runner loads it, after this file's own beforeAll.
beforeAll(async () => {
  await Promise.all([oldServer.start(), newServer.start()])
  const openai = { model: "mock-old", baseURL: `${oldServer.url}/v1`, dimensions: 32 }
  process.env.TEST_EMBEDDING_OPTIONS = JSON.stringify({
    provider: "huggingface",
    huggingface: { model: "mock/new", endpointUrl: newServer.url, timeoutMs: 120_000 },
    openai,
  })
  process.env.TEST_OLD_OPENAI = JSON.stringify(openai)
  // The new model's server answers only when the test says so: the switch is caught midway.
  newServer.hold()
})
afterAll(() => Promise.all([oldServer.close(), newServer.close()]))

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 120_000
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection, dbConfig }) => {
    const http = api as AxiosInstance

    /** Stored vectors of one model, by product. */
    const vectorsOf = async (modelId: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT product_id, vector FROM product_embedding WHERE model_id = ? AND deleted_at IS NULL`,
        [modelId]
      )
      return new Map(
        (rows as { product_id: string; vector: Buffer }[]).map((row) => [
          row.product_id,
          decodeVector(row.vector),
        ])
      )
    }

    it("re-embeds the catalog with a new model while the old vectors keep answering, then swaps", async () => {
      const container = getContainer()
      const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const store = await createStoreHeaders(http, admin, [channel.id])
      const category = await createCategory(http, admin, "Everything")
      const ids: string[] = []
      for (const [title, description] of PRODUCTS) {
        const product = await createProduct(http, admin, {
          title,
          description,
          category_id: category.id,
          sales_channel_id: channel.id,
        })
        ids.push(product.id)
      }
      const status = async () =>
        (await http.get("/admin/recommendations/status", admin)).data
          .status as EmbeddingPipelineStatus
      const similar = async (productId: string) =>
        (
          await http.get(
            `/store/products/${productId}/recommendations?diversity=0&fields=id`,
            store
          )
        ).data as StoreProductRecommendationsResponse

      // The new model's first batch is out, held at its server.
      await until(
        () => Promise.resolve(newServer.heldRequests),
        (held) => held > 0,
        "a held batch"
      )

      // The previous deployment had embedded the whole catalog with the old model (a separate
      // process with the old options, as the store's worker was).
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: PRODUCT_TEXT_GRAPH_FIELDS,
        filters: { id: ids },
      })
      const previous = startEmbeddingWorker({
        databaseUrl: dbConfig.clientUrl,
        options: {
          embedding: { provider: "openai", openai: JSON.parse(process.env.TEST_OLD_OPENAI ?? "") },
        },
        products: data.map((product) => ({
          product_id: product.id,
          text: buildProductText(product as ProductTextSource, service.getProductTextOptions()),
        })),
        queue: true,
      })
      expect((await previous.exited).code).toBe(0)

      // Mid-switch: the old model serves, the new one is being filled.
      const during = await until(
        status,
        (s) => s.model_switch.serving_model === OLD_MODEL,
        "old model serving"
      )
      expect(during.model_switch).toEqual({
        serving_model: OLD_MODEL,
        target_model: NEW_MODEL,
        in_progress: true,
        progress: 0,
        switch_coverage: 1,
      })
      expect(during.models.map((m) => [m.model_id, m.dimensions, m.ready])).toEqual([
        [NEW_MODEL, null, 0],
        [OLD_MODEL, 32, PRODUCTS.length],
      ])
      expect(during.index.size).toBe(PRODUCTS.length)

      // The similar-products route answers from the old vectors.
      const oldVectors = await vectorsOf(OLD_MODEL)
      const expectSimilarities = async (vectors: Map<string, Float32Array>) => {
        const source = ids[0]
        const body = await similar(source)
        expect(body.count).toBe(PRODUCTS.length - 1)
        for (const item of body.recommendations) {
          const [reason] = item.reasons
          expect(reason.type).toBe("similar_to")
          const expected = dot(
            vectors.get(source) as Float32Array,
            vectors.get(item.product_id) as Float32Array
          )
          expect((reason as { similarity: number }).similarity).toBeCloseTo(
            expected,
            QUANTIZED_DIGITS
          )
        }
        return body
      }
      const before = await expectSimilarities(oldVectors)

      // Search embeds the query with the serving (old) model.
      const search = await http.get("/store/recommendations/search?q=coffee%20kettle", store)
      expect(search.status).toBe(200)
      expect(search.data.recommendations[0].reasons[0].type).toBe("matches_query")
      expect(oldServer.requests.some((r) => r.texts.includes("coffee kettle"))).toBe(true)

      // The new model's server answers: the catalog fills up, and the new model takes over.
      newServer.release()
      const after = await until(
        status,
        (s) => s.model_switch.serving_model === NEW_MODEL && s.models.length === 1,
        "the swap"
      )
      expect(after.model_switch).toEqual(
        expect.objectContaining({ in_progress: false, progress: 1 })
      )
      expect(after.models).toEqual([
        { model_id: NEW_MODEL, dimensions: 48, pending: 0, ready: PRODUCTS.length, failed: 0 },
      ])
      expect(after.dimensions).toBe(48)
      // The old rows are retired (soft-deleted), so a restart cannot serve them again.
      expect((await vectorsOf(OLD_MODEL)).size).toBe(0)

      const newVectors = await vectorsOf(NEW_MODEL)
      const afterBody = await expectSimilarities(newVectors)
      const similarityOf = (body: StoreProductRecommendationsResponse, id: string) =>
        (
          body.recommendations.find((r) => r.product_id === id)?.reasons[0] as {
            similarity: number
          }
        ).similarity
      // Different vectors, different scores: the answers really come from the new model now.
      expect(
        ids
          .slice(1)
          .some((id) => Math.abs(similarityOf(before, id) - similarityOf(afterBody, id)) > 1e-3)
      ).toBe(true)
      await http.get("/store/recommendations/search?q=running%20vest", store)
      expect(newServer.requests.some((r) => r.texts.includes("running vest"))).toBe(true)
    })
  },
})
