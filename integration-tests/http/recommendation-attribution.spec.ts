import type { AxiosInstance } from "axios"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type {
  AdminRecommendationMetricsResponse,
  StoreProductRecommendationsResponse,
} from "../../src/types/http"
import { recordOrderPurchasesWorkflow } from "../../src/workflows/record-order-purchases"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createProduct,
  createRegion,
  createSalesChannel,
  createStoreHeaders,
  prepareRecommendations,
} from "../helpers/catalog"
import { createCustomerHeaders, placeOrder } from "../helpers/shopper"

jest.setTimeout(300_000)

const DAY_MS = 24 * 3600 * 1000

type Product = { id: string; variants: { id: string }[] }
type Fixture = {
  admin: Headers
  store: Headers
  regionId: string
  products: Record<"grinder" | "kettle" | "mug" | "scale" | "filters", Product>
}

const today = () => new Date().toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const fixture = {} as Fixture
    const service = () => getContainer().resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
    const get = async <T = StoreProductRecommendationsResponse>(path: string, headers: Headers) =>
      (await http.get(path, headers)).data as T
    const postEvents = (body: unknown, headers: Headers) =>
      http.post("/store/recommendations/events", body, headers).catch((e) => e.response)
    const metrics = (query: string, headers = fixture.admin) =>
      http.get(`/admin/recommendations/metrics${query}`, headers).catch((e) => e.response)
    const ids = (body: StoreProductRecommendationsResponse) => body.products.map((p) => p.id)

    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const product = (title: string, description: string, price: number) =>
        createProduct(http, admin, { title, description, price, sales_channel_id: channel.id })
      const products = {
        grinder: await product("Burr Coffee Grinder", "Grinds coffee beans for espresso.", 120),
        kettle: await product("Gooseneck Kettle", "Kettle for pour-over coffee.", 40),
        mug: await product("Stoneware Coffee Mug", "A 350 ml mug for coffee.", 12),
        scale: await product("Coffee Scale", "Weighs coffee beans and water to the gram.", 30),
        filters: await product("Paper Coffee Filters", "100 paper filters for pour-over.", 5),
      }
      Object.assign(fixture, {
        admin,
        store: await createStoreHeaders(http, admin, [channel.id]),
        regionId: (await createRegion(http, admin)).id,
        products,
      })
      // Two earlier orders held the grinder with filters: a "bought together" pair.
      await service().recordInteractions(
        ["order_a", "order_b"].flatMap((order_id) =>
          [products.grinder.id, products.filters.id].map((product_id) => ({
            type: "purchase" as const,
            product_id,
            order_id,
            customer_id: `cus_${order_id}`,
          }))
        )
      )
      await prepareRecommendations(
        http,
        admin,
        container,
        Object.values(products).map((p) => p.id)
      )
    })

    it("answers every store list with its recommendation_id and placement, and stores what it showed", async () => {
      const { grinder } = fixture.products
      const customer = await createCustomerHeaders(http, fixture.store, "viewer@example.com")
      const similar = await get(`/store/products/${grinder.id}/recommendations`, customer)
      const together = await get(
        `/store/products/${grinder.id}/frequently-bought-together?session_id=guest-1`,
        fixture.store
      )
      const personalized = await get("/store/recommendations?session_id=guest-1", fixture.store)
      const search = await get("/store/recommendations/search?q=coffee%20kettle", customer)

      const lists = { similar, bought_together: together, personalized, search }
      for (const [placement, body] of Object.entries(lists)) {
        expect(body.placement).toBe(placement)
        expect(body.recommendation_id).toMatch(/^rrec_[0-9A-Z]{26}$/)
        expect(body.count).toBeGreaterThan(0)
      }
      expect(new Set(Object.values(lists).map((body) => body.recommendation_id)).size).toBe(4)
      expect(ids(together)).toEqual([fixture.products.filters.id])

      await service().flushServedRecommendations()
      const rows = await service().listServedRecommendations(
        { id: Object.values(lists).map((body) => body.recommendation_id) },
        { order: { served_at: "ASC" } }
      )
      const shopper = { customer_id: customer.customer_id, session_id: null }
      const guest = { customer_id: null, session_id: "guest-1" }
      expect(rows).toEqual(
        [
          [similar, grinder.id, shopper],
          [together, grinder.id, guest],
          [personalized, null, guest],
          [search, null, shopper],
        ].map(([body, source, who]) =>
          expect.objectContaining({
            id: (body as StoreProductRecommendationsResponse).recommendation_id,
            placement: (body as StoreProductRecommendationsResponse).placement,
            product_ids: ids(body as StoreProductRecommendationsResponse),
            source_product_id: source,
            ...(who as object),
          })
        )
      )
      for (const row of rows) {
        expect(row.latency_ms).toBeGreaterThan(0)
        expect(Date.now() - new Date(row.served_at).getTime()).toBeLessThan(60_000)
      }
    })

    it("credits an order's clicked products to their recommendations, within the window, and counts them in the metrics", async () => {
      const { grinder, kettle, mug, scale, filters } = fixture.products
      // A guest finds the mug by search and clicks it, then logs in: the click becomes theirs.
      const search = await get(
        "/store/recommendations/search?q=coffee%20mug&session_id=guest-9",
        fixture.store
      )
      expect(ids(search)).toContain(mug.id)
      const guestClick = await postEvents(
        {
          session_id: "guest-9",
          type: "recommendation_click",
          product_id: mug.id,
          recommendation_id: search.recommendation_id,
        },
        fixture.store
      )
      expect(guestClick.status).toBe(200)
      const customer = await createCustomerHeaders(http, fixture.store, "buyer@example.com")
      await postEvents({ session_id: "guest-9", type: "view", product_id: grinder.id }, customer)

      // The customer sees the grinder's similar products twice, clicks the kettle in the first
      // list and adds it to the cart from there.
      const similar = await get(`/store/products/${grinder.id}/recommendations`, customer)
      await get(`/store/products/${grinder.id}/recommendations`, customer)
      expect(ids(similar)).toEqual(expect.arrayContaining([kettle.id, scale.id]))
      const clicked = await postEvents(
        {
          events: [
            {
              type: "recommendation_click",
              product_id: kettle.id,
              recommendation_id: similar.recommendation_id,
            },
            {
              type: "add_to_cart",
              product_id: kettle.id,
              quantity: 2,
              recommendation_id: similar.recommendation_id,
            },
          ],
        },
        customer
      )
      expect(clicked.status).toBe(200)
      // A click naming a list that did not show the product, or no served list at all, credits
      // nothing: the mug stays the search's, the filters nobody's.
      const together = await get(
        `/store/products/${grinder.id}/frequently-bought-together`,
        customer
      )
      expect(ids(together)).not.toContain(mug.id)
      const unproven = await postEvents(
        {
          events: [
            {
              type: "recommendation_click",
              product_id: mug.id,
              recommendation_id: together.recommendation_id,
            },
            {
              type: "recommendation_click",
              product_id: filters.id,
              recommendation_id: "rrec_01JZZZZZZZZZZZZZZZZZZZZZZZ",
            },
          ],
        },
        customer
      )
      expect(unproven.status).toBe(200)
      // The scale was clicked too, but eight days ago: outside the 7-day window.
      await service().recordInteractions([
        {
          type: "recommendation_click",
          product_id: scale.id,
          customer_id: customer.customer_id,
          recommendation_id: similar.recommendation_id,
          occurred_at: new Date(Date.now() - 8 * DAY_MS),
        },
      ])
      await service().flushServedRecommendations()

      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", eventBus)
      const order = await placeOrder(http, customer, {
        region_id: fixture.regionId,
        email: "buyer@example.com",
        items: [kettle, mug, scale, filters].map((p) => ({
          variant_id: p.variants[0].id,
          quantity: p === kettle ? 2 : 1,
        })),
      })
      await placed

      const attributions = () =>
        service().listRecommendationAttributions(
          { order_id: order.id },
          { order: { revenue: "DESC" } }
        )
      const rows = await attributions()
      expect(rows).toEqual([
        expect.objectContaining({
          product_id: kettle.id,
          recommendation_id: similar.recommendation_id,
          placement: "similar",
          quantity: 2,
          currency_code: "eur",
          customer_id: customer.customer_id,
          session_id: null,
        }),
        expect.objectContaining({
          product_id: mug.id,
          recommendation_id: search.recommendation_id,
          placement: "search",
          quantity: 1,
          currency_code: "eur",
          customer_id: customer.customer_id,
          session_id: "guest-9",
        }),
      ])
      expect(rows.map((row) => Number(row.revenue))).toEqual([80, 12])

      // A re-delivered order.placed event credits nothing twice.
      const { result } = await recordOrderPurchasesWorkflow(getContainer()).run({
        input: { order_id: order.id },
      })
      expect(result).toEqual({ purchases: 0, attributions: 0 })
      expect(await attributions()).toHaveLength(2)

      const day = today()
      const response = await metrics(`?from=${day}&to=${day}`)
      expect(response.status).toBe(200)
      const body = response.data as AdminRecommendationMetricsResponse
      expect(body.from).toBe(`${day}T00:00:00.000Z`)
      expect(body.to).toBe(new Date(Date.parse(day) + DAY_MS).toISOString())
      const similarDay = body.days.find((d) => d.placement === "similar")
      expect(similarDay).toEqual({
        date: day,
        placement: "similar",
        impressions: 2,
        clicks: 1,
        ctr: 0.5,
        add_to_carts: 1,
        orders: 1,
        revenue: [{ currency_code: "eur", amount: 80 }],
        latency_p50_ms: expect.any(Number),
        latency_p95_ms: expect.any(Number),
      })
      expect(similarDay?.latency_p95_ms).toBeGreaterThanOrEqual(similarDay?.latency_p50_ms ?? 0)
      expect(body.days.map((d) => d.placement)).toEqual(["similar", "bought_together", "search"])
      expect(body.totals.map((t) => t.placement)).toEqual([
        "similar",
        "bought_together",
        "personalized",
        "search",
      ])
      expect(body.totals[3]).toEqual(
        expect.objectContaining({
          impressions: 1,
          clicks: 1,
          ctr: 1,
          orders: 1,
          conversion_rate: 1,
          revenue: [{ currency_code: "eur", amount: 12 }],
        })
      )
      // A click counts for the list it names; the order credits it nothing.
      expect(body.totals[1]).toEqual(
        expect.objectContaining({ impressions: 1, clicks: 1, orders: 0, conversion_rate: 0 })
      )
      expect(body.totals[2]).toEqual(
        expect.objectContaining({ impressions: 0, clicks: 0, ctr: 0, revenue: [] })
      )

      // One placement; the old click counts on its own day, eight days back.
      const week = await metrics(
        `?from=${new Date(Date.now() - 9 * DAY_MS).toISOString()}&placement=similar`
      )
      expect(week.status).toBe(200)
      const weekBody = week.data as AdminRecommendationMetricsResponse
      expect(weekBody.totals).toEqual([
        expect.objectContaining({ placement: "similar", impressions: 2, clicks: 2, orders: 1 }),
      ])
      expect(weekBody.days.map((d) => [d.placement, d.clicks])).toEqual([
        ["similar", 1],
        ["similar", 1],
      ])
    })

    it("keeps an erased shopper's served lists and credited orders for the metrics, without the shopper", async () => {
      const { kettle, mug } = fixture.products
      const servedAt = new Date()
      const served = (id: string, customer_id: string | null) => ({
        id,
        placement: "similar" as const,
        product_ids: [kettle.id, mug.id],
        source_product_id: mug.id,
        customer_id,
        session_id: "sess-x",
        latency_ms: 12.5,
        served_at: servedAt,
      })
      // What a seed script writes: served lists and credited orders, through the service.
      await service().insertServedRecommendations([
        served("rrec_ERASED", "cus_erased"),
        served("rrec_KEPT", "cus_kept"),
      ])
      await service().createRecommendationAttributions({
        order_id: "order_erased",
        product_id: kettle.id,
        recommendation_id: "rrec_ERASED",
        placement: "similar",
        quantity: 1,
        revenue: 40,
        currency_code: "eur",
        customer_id: "cus_erased",
        session_id: "sess-x",
        ordered_at: servedAt,
      })

      const erased = await http.post(
        "/admin/recommendations/shoppers/erase",
        { customer_id: "cus_erased" },
        fixture.admin
      )
      expect(erased.status).toBe(200)
      const rows = await service().listServedRecommendations({}, { order: { id: "ASC" } })
      expect(rows.map((r) => [r.id, r.customer_id, r.session_id])).toEqual([
        ["rrec_ERASED", null, null],
        ["rrec_KEPT", "cus_kept", "sess-x"],
      ])
      const [attribution] = await service().listRecommendationAttributions({})
      expect([attribution.customer_id, attribution.session_id]).toEqual([null, null])

      const { data } = await metrics("?placement=similar")
      expect(data.totals[0]).toEqual(
        expect.objectContaining({
          impressions: 2,
          orders: 1,
          revenue: [{ currency_code: "eur", amount: 40 }],
          latency_p50_ms: 12.5,
        })
      )
    })

    it("rejects a malformed recommendation_id by index and keeps the batch's valid events", async () => {
      const { kettle } = fixture.products
      const response = await postEvents(
        {
          session_id: "s1",
          events: [
            { type: "recommendation_click", product_id: kettle.id, recommendation_id: "rrec_01" },
            { type: "recommendation_click", product_id: kettle.id, recommendation_id: "x' OR 1" },
          ],
        },
        fixture.store
      )
      expect(response.status).toBe(400)
      expect(response.data.accepted).toBe(1)
      expect(response.data.rejected).toEqual([
        { index: 1, message: expect.stringContaining("events[1].recommendation_id") },
      ])
      const stored = await service().listInteractions({ session_id: "s1" })
      expect(stored.map((row) => row.recommendation_id)).toEqual(["rrec_01"])
    })

    it("guards the metrics route: admins only, and a clear 400 for a bad range", async () => {
      expect((await metrics("", fixture.store)).status).toBe(401)
      const empty = await metrics("")
      expect(empty.status).toBe(200)
      const range = Date.parse(empty.data.to) - Date.parse(empty.data.from)
      expect(range).toBe(30 * DAY_MS)
      expect(empty.data.days).toEqual([])

      for (const [query, named] of [
        ["?from=yesterday", "from"],
        ["?to=2026-13-45", "to"],
        ["?from=2026-11-20&to=2026-11-10", "from must not be after to"],
        ["?from=2024-01-01&to=2026-01-01", "at most 366 days"],
        ["?placement=sidebar", "placement"],
        ["?period=week", "period"],
      ]) {
        const response = await metrics(query)
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toContain(named)
      }
    })
  },
})
