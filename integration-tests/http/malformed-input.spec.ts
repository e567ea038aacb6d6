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
import {
  eventsBody,
  jsonValue,
  loose,
  nasty,
  queryString,
  settingsLike,
} from "../helpers/malformed-input"

jest.setTimeout(600_000)

// Property: whatever a client sends, every route answers a deliberate 2xx/4xx with a JSON body,
// never a 5xx, and the server keeps serving. Runs per route, seeded so a failure reproduces.
const RUNS = 60
const SEED = 20261122

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
          // An empty id is another path (Express's own 404 page), not the route.
          fc.oneof(
            fc.constant(productId),
            nasty.filter((id) => id !== "")
          ),
          async (query, id) => {
            const path = `${route.replace(":id", encodeURIComponent(id))}?${query}`
            expectDeliberate(await send(http.get(path, headers)), path)
          }
        ),
        {
          numRuns: RUNS,
          seed: SEED,
          // Found by `npm run fuzz`: deep query keys and NUL characters (in the query and in
          // the product id) used to reach the query parser and PostgreSQL as 500s.
          examples: [
            ["a.b.c=1", productId],
            ["region_id=%00&cart_id=%00", productId],
            ["limit=5", "\u0000"],
          ],
        }
      )
    })

    // Each with a NUL character where PostgreSQL would have met it.
    it.each([
      [
        "/store/recommendations/events",
        eventsBody,
        { session_id: "s", events: [{ type: "view", product_id: "\u0000" }] },
      ],
      [
        "/admin/recommendations/reindex",
        fc.oneof(jsonValue, fc.record({ product_ids: jsonValue })),
        { product_ids: ["\u0000"] },
      ],
      [
        "/admin/recommendations/shoppers/erase",
        fc.oneof(jsonValue, fc.record({ customer_id: jsonValue, session_id: jsonValue })),
        { customer_id: "cus_\u0000" },
      ],
      [
        "/admin/recommendations/settings",
        fc.oneof(jsonValue, settingsLike),
        { fusion: { "\u0000": 1 } },
      ],
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
        { product_id: "prod_\u0000" },
      ],
    ])("POST %s answers any body without a 5xx", async (route, body, nulExample) => {
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
        { numRuns: RUNS, seed: SEED, examples: [[nulExample]] }
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
