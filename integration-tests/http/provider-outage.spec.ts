import type { AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { EmbeddingPipelineStatus } from "../../src/modules/recommendation/service"
import type {
  Reason,
  StoreProductRecommendationsResponse,
  StoreRecommendationsResponse,
} from "../../src/types/http"
import { drainEmbeddingQueue } from "../../src/utils/embedding-queue"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createSalesChannel,
  createStoreHeaders,
  prepareRecommendations,
} from "../helpers/catalog"
import { MockEmbeddingServer } from "../helpers/mock-embedding-server"

jest.setTimeout(300_000)

// The embedding provider goes down (errors, then no answer at all) and comes back. Retries come
// fast here (100 ms doubling to 400 ms) and a product would be given up on after 2 failed
// attempts if the failures were its own.
const server = new MockEmbeddingServer({ dimensions: 48 })
const MAX_ATTEMPTS = 2
beforeAll(async () => {
  await server.start()
  process.env.TEST_EMBEDDING_OPTIONS = JSON.stringify({
    provider: "huggingface",
    // Longer than search's own wait for a query (3 s by default), so a hang shows there first.
    huggingface: { model: "mock/outage", endpointUrl: server.url, timeoutMs: 10_000 },
    maxAttempts: MAX_ATTEMPTS,
    retryBaseMs: 100,
    retryMaxMs: 400,
  })
})
afterAll(() => server.close())

const CATALOG = {
  coffee: [
    ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly for espresso."],
    ["Pour-Over Coffee Dripper", "Ceramic cone dripper for filter coffee."],
    ["Gooseneck Coffee Kettle", "Kettle with a precise spout for pour-over coffee."],
  ],
  running: [
    ["Trail Running Shoes", "Grippy running shoes for muddy trails."],
    ["Running Socks", "Cushioned socks for long runs."],
    ["Reflective Running Vest", "High-visibility vest for running at night."],
  ],
}
// Created while the provider is down.
const NEW_COFFEE = [
  ["Espresso Coffee Tamper", "Steel tamper for espresso coffee pucks."],
  ["Coffee Bean Canister", "Airtight canister that keeps coffee beans fresh."],
]

const firstReason = (item: { reasons: Reason[] }) => item.reasons[0]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const http = api as AxiosInstance
    let admin: Headers
    let store: Headers
    let channelId: string
    let coffeeCategoryId: string
    const ids: Record<keyof typeof CATALOG, string[]> = { coffee: [], running: [] }

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdminHeaders(container)
      channelId = (await createSalesChannel(http, admin, "Web shop")).id
      store = await createStoreHeaders(http, admin, [channelId])
      for (const theme of ["coffee", "running"] as const) {
        const category = await createCategory(http, admin, theme)
        if (theme === "coffee") coffeeCategoryId = category.id
        for (const [title, description] of CATALOG[theme]) {
          const product = await createProduct(http, admin, {
            title,
            description,
            category_id: category.id,
            sales_channel_id: channelId,
          })
          ids[theme].push(product.id)
        }
      }
      // Orders and views, so behaviour has something to say.
      const service = container.resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
      const [grinder, dripper, kettle] = ids.coffee
      await service.recordInteractions([
        ...[0, 1, 2].flatMap((order) =>
          [grinder, dripper].map((product_id) => ({
            type: "purchase" as const,
            product_id,
            session_id: `buyer-${order}`,
            order_id: `order_${order}`,
          }))
        ),
        { type: "view", product_id: kettle, session_id: "browser" },
        { type: "view", product_id: grinder, session_id: "browser" },
      ])
      await prepareRecommendations(http, admin, container, [...ids.coffee, ...ids.running])
    })

    const get = async <T>(url: string) => {
      const started = Date.now()
      const response = await http.get(url, store)
      expect({ url, status: response.status }).toEqual({ url, status: 200 })
      return { body: response.data as T, ms: Date.now() - started }
    }
    const attemptsOf = async (productIds: string[]) => {
      const { rows } = await dbConnection.raw(
        `SELECT product_id, status, attempts FROM product_embedding
         WHERE deleted_at IS NULL AND product_id = ANY(?)`,
        [productIds]
      )
      return rows as { product_id: string; status: string; attempts: number }[]
    }
    /** Runs the embedding queue (as the scheduled job does) until `done`. */
    const drainUntil = async (
      done: (rows: { status: string; attempts: number }[]) => boolean,
      productIds: string[]
    ) => {
      const deadline = Date.now() + 120_000
      for (;;) {
        await drainEmbeddingQueue(getContainer())
        const rows = await attemptsOf(productIds)
        if (rows.length === productIds.length && done(rows)) return rows
        if (Date.now() > deadline) throw new Error(`queue stuck: ${JSON.stringify(rows)}`)
        await new Promise((resolve) => setTimeout(resolve, 150))
      }
    }

    it("keeps every store route answering while the provider is down, and catches up once it is back", async () => {
      // Down: every request to the provider fails, as an unavailable server's do.
      Object.assign(server.settings, { faultRate: 1, faults: ["429", "500", "503"] })
      const newIds: string[] = []
      for (const [title, description] of NEW_COFFEE) {
        const product = await createProduct(http, admin, {
          title,
          description,
          category_id: coffeeCategoryId,
          sales_channel_id: channelId,
        })
        newIds.push(product.id)
      }
      // Retried past maxAttempts, the new products stay queued: the failures were the provider's.
      const during = await drainUntil(
        (rows) => rows.every((row) => row.attempts > MAX_ATTEMPTS),
        newIds
      )
      expect(during.map((row) => row.status)).toEqual(newIds.map(() => "pending"))

      const { status } = (await http.get("/admin/recommendations/status", admin)).data as {
        status: EmbeddingPipelineStatus
      }
      expect(status.counts).toEqual({ pending: 2, ready: 6, failed: 0, total: 8 })
      expect(status.oldest_pending_seconds).not.toBeNull()
      expect(status.failures.map((failure) => failure.product_id).sort()).toEqual(
        [...newIds].sort()
      )
      for (const failure of status.failures) {
        expect(failure.last_error).toMatch(/HTTP (429|500|503)/)
        expect(failure.attempts).toBeGreaterThan(MAX_ATTEMPTS)
      }

      // "Similar" for a product not embedded yet: its category, flagged as a fallback.
      const [tamper] = newIds
      const fallback = await get<StoreProductRecommendationsResponse>(
        `/store/products/${tamper}/recommendations?fields=id`
      )
      expect(fallback.body.count).toBeGreaterThan(0)
      for (const item of fallback.body.recommendations) {
        expect(firstReason(item)).toEqual({ type: "fallback", cause: "source_not_embedded" })
      }
      expect(fallback.body.recommendations[0].reasons[1]).toEqual({
        type: "same_category",
        category_ids: [coffeeCategoryId],
      })

      // What was embedded before keeps answering by meaning; behaviour needs no provider.
      const [grinder] = ids.coffee
      const similar = await get<StoreProductRecommendationsResponse>(
        `/store/products/${grinder}/recommendations?fields=id`
      )
      expect(firstReason(similar.body.recommendations[0]).type).toBe("similar_to")
      const together = await get<StoreProductRecommendationsResponse>(
        `/store/products/${grinder}/frequently-bought-together?fields=id`
      )
      expect(together.body.recommendations.map((item) => item.product_id)).toEqual([ids.coffee[1]])
      const picks = await get<StoreRecommendationsResponse>(
        "/store/recommendations?session_id=browser&fields=id"
      )
      expect(picks.body.fallback).toBe(false)
      expect(picks.body.count).toBeGreaterThan(0)

      // Search cannot read the words: the shopper's own picks, flagged.
      for (const url of [
        "/store/recommendations/search?q=coffee%20grinder&fields=id",
        "/store/recommendations/search?q=coffee%20grinder&session_id=browser&fields=id",
      ]) {
        const search = await get<StoreProductRecommendationsResponse>(url)
        expect(search.body.count).toBeGreaterThan(0)
        for (const item of search.body.recommendations) {
          expect(firstReason(item)).toEqual({ type: "fallback", cause: "query_not_embedded" })
        }
      }
      const events = await http.post(
        "/store/recommendations/events",
        { session_id: "browser", events: [{ type: "view", product_id: grinder }] },
        store
      )
      expect(events.status).toBe(200)

      // A provider that does not answer at all holds a search up for search.queryTimeoutMs only.
      Object.assign(server.settings, { faults: ["hang"] })
      const hung = await get<StoreProductRecommendationsResponse>(
        "/store/recommendations/search?q=running%20shoes&fields=id"
      )
      expect(hung.ms).toBeGreaterThanOrEqual(2900)
      expect(hung.ms).toBeLessThan(9000) // not the provider's own 10 s
      expect(firstReason(hung.body.recommendations[0])).toEqual({
        type: "fallback",
        cause: "query_not_embedded",
      })

      // Back: the queued products get embedded, and answer by meaning.
      server.settings.faultRate = 0
      const after = await drainUntil((rows) => rows.every((row) => row.status === "ready"), newIds)
      expect(after.every((row) => row.attempts > MAX_ATTEMPTS)).toBe(true)
      const recovered = await get<StoreProductRecommendationsResponse>(
        `/store/products/${tamper}/recommendations?fields=id&diversity=0`
      )
      expect(firstReason(recovered.body.recommendations[0]).type).toBe("similar_to")
      expect([...ids.coffee, ...newIds]).toContain(recovered.body.recommendations[0].product_id)
      const search = await get<StoreProductRecommendationsResponse>(
        "/store/recommendations/search?q=coffee%20bean%20canister&fields=id"
      )
      expect(firstReason(search.body.recommendations[0]).type).toBe("matches_query")
      expect(search.body.recommendations[0].product_id).toBe(newIds[1])
    })
  },
})
