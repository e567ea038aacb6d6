import type { AxiosInstance, AxiosResponse } from "axios"
import { Client } from "@medusajs/framework/pg"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { StoreProductRecommendationsResponse } from "../../src/types/http"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createSalesChannel,
  createStoreHeaders,
  prepareRecommendations,
  waitForEmbeddings,
} from "../helpers/catalog"
import { MockEmbeddingServer } from "../helpers/mock-embedding-server"

jest.setTimeout(300_000)

// PostgreSQL goes away under traffic (every connection cut, new ones refused, as during a
// restart) and comes back: the running app must serve again without a restart, with its
// in-process index, behaviour model and embedding pipeline working.
const server = new MockEmbeddingServer({ dimensions: 48 })
beforeAll(async () => {
  await server.start()
  process.env.TEST_EMBEDDING_OPTIONS = JSON.stringify({
    provider: "huggingface",
    huggingface: { model: "mock/outage", endpointUrl: server.url },
  })
})
afterAll(() => server.close())

const OUTAGE_MS = 3000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    const http = api as AxiosInstance
    let admin: Headers
    let store: Headers
    let channelId: string
    let categoryId: string
    const ids: string[] = []

    /** Runs statements on the server's maintenance database, outside the app's pool. */
    const onServer = async (statements: [string, unknown[]?][]) => {
      const url = new URL(dbConfig.clientUrl)
      url.pathname = "/postgres"
      const client = new Client({ connectionString: url.toString() })
      await client.connect()
      try {
        for (const [sql, params] of statements) await client.query(sql, params)
      } finally {
        await client.end()
      }
    }
    const database = () => `"${dbConfig.dbName.replace(/"/g, '""')}"`

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer())
      channelId = (await createSalesChannel(http, admin, "Web shop")).id
      store = await createStoreHeaders(http, admin, [channelId])
      categoryId = (await createCategory(http, admin, "Coffee")).id
      for (const [title, description] of [
        ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly."],
        ["Pour-Over Coffee Dripper", "Ceramic dripper for filter coffee."],
        ["Gooseneck Coffee Kettle", "Kettle for pour-over coffee."],
      ]) {
        const product = await createProduct(http, admin, {
          title,
          description,
          category_id: categoryId,
          sales_channel_id: channelId,
        })
        ids.push(product.id)
      }
      await getContainer()
        .resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
        .recordInteractions(
          [0, 1].flatMap((order) =>
            ids.slice(0, 2).map((product_id) => ({
              type: "purchase" as const,
              product_id,
              session_id: `buyer-${order}`,
              order_id: `order_${order}`,
            }))
          )
        )
      await prepareRecommendations(http, admin, getContainer(), ids)
    })

    const routes = () => [
      `/store/products/${ids[0]}/recommendations?fields=id`,
      `/store/products/${ids[0]}/frequently-bought-together?fields=id`,
      "/store/recommendations?session_id=buyer-0&fields=id",
      "/store/recommendations/search?q=coffee&fields=id",
    ]
    const send = (url: string) =>
      http.get(url, { ...store, timeout: 120_000 }).catch((error) => {
        if (!error.response) throw error // no answer at all: a crash or a dropped connection
        return error.response as AxiosResponse
      })

    it("serves again without a restart once PostgreSQL is back", async () => {
      for (const url of routes()) expect((await send(url)).status).toBe(200)

      // Down: new connections refused, every open one cut.
      await onServer([
        [`ALTER DATABASE ${database()} ALLOW_CONNECTIONS false`],
        [
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [dbConfig.dbName],
        ],
      ])
      const startedAt = Date.now()
      const during = routes().map((url) => send(url))
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
      // The outage is real.
      await expect(new Client({ connectionString: dbConfig.clientUrl }).connect()).rejects.toThrow(
        /not currently accepting connections/
      )
      await onServer([[`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`]])

      // Requests caught by the outage waited for a connection and were answered.
      const answers = await Promise.all(during)
      const statuses = answers.map((answer) => answer.status)
      expect(statuses).toEqual(routes().map(() => 200))
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(OUTAGE_MS)

      // Everything works again, writes and the embedding pipeline included.
      for (const url of routes()) expect((await send(url)).status).toBe(200)
      const product = await createProduct(http, admin, {
        title: "Coffee Bean Canister",
        description: "Airtight canister for coffee beans.",
        category_id: categoryId,
        sales_channel_id: channelId,
      })
      await waitForEmbeddings(getContainer(), [product.id])
      const { data } = await http.get(
        `/store/products/${product.id}/recommendations?fields=id`,
        store
      )
      const body = data as StoreProductRecommendationsResponse
      expect(body.recommendations[0].reasons[0].type).toBe("similar_to")
    })
  },
})
