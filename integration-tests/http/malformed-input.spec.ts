import type { AxiosInstance, AxiosResponse } from "axios"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createSalesChannel,
  createStoreHeaders,
  waitForEmbeddings,
} from "../helpers/catalog"

jest.setTimeout(600_000)

// Property: whatever a client sends, every route answers a deliberate 2xx/4xx with a JSON body,
// never a 5xx, and the server keeps serving. Runs per route, seeded so a failure reproduces.
const RUNS = 60
const SEED = 20261122

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "🛒".repeat(50),
    "x".repeat(5000),
    "true",
    "prod_",
    "*",
    "+id,-title",
    "*variants.calculated_price"
  ),
  fc.integer().map(String),
  fc.double().map(String)
)

const QUERY_KEYS = [
  "limit",
  "fields",
  "exclude",
  "diversity",
  "max_per_category",
  "in_stock",
  "min_price",
  "max_price",
  "region_id",
  "country_code",
  "cart_id",
  "session_id",
  "q",
  "order",
  "offset",
  "from",
  "to",
  "placement",
]

/** A query string: known and unknown keys, repeated keys, nasty values. */
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 12 })), nasty), {
    maxLength: 6,
  })
  .map((pairs) =>
    pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&")
  )

const jsonValue = fc.jsonValue({ maxDepth: 3 })
const eventLike = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom("view", "add_to_cart", "purchase", "recommendation_click"),
      nasty
    ),
    product_id: fc.oneof(nasty, jsonValue),
    quantity: fc.oneof(fc.integer(), fc.double(), nasty),
    customer_id: nasty,
    recommendation_id: fc.oneof(nasty, jsonValue),
  },
  { requiredKeys: [] }
)
const eventsBody = fc.oneof(
  jsonValue,
  fc.record(
    {
      session_id: fc.oneof(nasty, jsonValue),
      events: fc.oneof(fc.array(eventLike, { maxLength: 120 }), jsonValue),
      customer_id: nasty,
    },
    { requiredKeys: [] }
  )
)

const loose = fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), nasty, jsonValue)
/** Ranking settings as an admin form might post them: right and wrong groups, keys and values. */
const settingsLike = fc.record(
  {
    fusion: fc.oneof(
      jsonValue,
      fc.dictionary(fc.constantFrom("similar_popularity", "search_query", "magic"), loose)
    ),
    diversity: fc.oneof(
      jsonValue,
      fc.record({ similar: loose, max_per_category: loose }, { requiredKeys: [] })
    ),
    fallback: fc.oneof(jsonValue, fc.record({ enabled: loose }, { requiredKeys: [] })),
    event_weights: fc.oneof(jsonValue, fc.record({ view: loose }, { requiredKeys: [] })),
  },
  { requiredKeys: [] }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    let store: Headers
    let admin: Headers
    let productId: string

    const send = (request: Promise<AxiosResponse>) =>
      request.catch((error) => {
        if (!error.response) throw error // a dropped connection is a crash, not an answer
        return error.response as AxiosResponse
      })
    const expectDeliberate = (response: AxiosResponse, path: string) => {
      if (response.status >= 500) {
        throw new Error(`${response.status} for ${path}: ${JSON.stringify(response.data)}`)
      }
      expect(typeof response.data).toBe("object")
    }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer())
      const channel = await createSalesChannel(http, admin, "Web shop")
      const category = await createCategory(http, admin, "Coffee")
      const product = await createProduct(http, admin, {
        title: "Conical Burr Coffee Grinder",
        description: "Grinds coffee beans evenly.",
        category_id: category.id,
        sales_channel_id: channel.id,
      })
      productId = product.id
      // Settled before the runner snapshots the database, so no embedding runs across restores.
      await waitForEmbeddings(getContainer(), [productId])
      store = await createStoreHeaders(http, admin, [channel.id])
    })

    it.each([
      ["/store/products/:id/recommendations"],
      ["/store/products/:id/frequently-bought-together"],
      ["/store/recommendations"],
      ["/store/recommendations/search"],
      ["/admin/products/:id/recommendations"],
      ["/admin/recommendations/metrics"],
      ["/admin/customers/:id/recommendations"],
    ])("GET %s answers any query without a 5xx", async (route) => {
      const headers = route.startsWith("/admin") ? admin : store
      await fc.assert(
        fc.asyncProperty(
          queryString,
          fc.oneof(fc.constant(productId), nasty),
          async (query, id) => {
            const path = `${route.replace(":id", encodeURIComponent(id))}?${query}`
            expectDeliberate(await send(http.get(path, headers)), path)
          }
        ),
        { numRuns: RUNS, seed: SEED }
      )
    })

    it.each([
      ["/store/recommendations/events", eventsBody],
      [
        "/admin/recommendations/reindex",
        fc.oneof(jsonValue, fc.record({ product_ids: jsonValue })),
      ],
      [
        "/admin/recommendations/shoppers/erase",
        fc.oneof(jsonValue, fc.record({ customer_id: jsonValue, session_id: jsonValue })),
      ],
      ["/admin/recommendations/settings", fc.oneof(jsonValue, settingsLike)],
      [
        "/admin/recommendations/preview",
        fc.oneof(
          jsonValue,
          fc.record(
            {
              product_id: fc.oneof(nasty, jsonValue),
              customer_id: fc.oneof(nasty, jsonValue),
              settings: fc.oneof(jsonValue, settingsLike),
              limit: loose,
            },
            { requiredKeys: [] }
          )
        ),
      ],
    ])("POST %s answers any body without a 5xx", async (route, body) => {
      const headers = route.startsWith("/admin") ? admin : store
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          // Serialized here: axios refuses bare JSON scalars as a body, a server must not.
          const response = await send(
            http.post(route, JSON.stringify(payload) ?? "null", {
              headers: { ...headers.headers, "content-type": "application/json" },
            })
          )
          expectDeliberate(response, `${route} ${JSON.stringify(payload).slice(0, 200)}`)
        }),
        { numRuns: RUNS, seed: SEED }
      )
      // Still serving, with the data intact.
      const after = await http.get(`/store/products/${productId}/recommendations`, store)
      expect(after.status).toBe(200)
    })

    it("answers a body that is not JSON, or far too large, with a 4xx", async () => {
      const raw = (data: string, type: string) =>
        send(
          http.post("/store/recommendations/events", data, {
            headers: { ...store.headers, "content-type": type },
          })
        )
      for (const response of [
        await raw("{not json", "application/json"),
        await raw("session_id=a&events=b", "application/x-www-form-urlencoded"),
        await raw(
          JSON.stringify({ session_id: "s", events: ["x".repeat(100_000)] }),
          "application/json"
        ),
      ]) {
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      }
    })
  },
})
