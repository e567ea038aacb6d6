import type { AxiosInstance } from "axios"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import { recordOrderPurchasesWorkflow } from "../../src/workflows/record-order-purchases"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createProduct,
  createRegion,
  createSalesChannel,
  createStoreHeaders,
} from "../helpers/catalog"
import { createCustomerHeaders, placeOrder } from "../helpers/shopper"

jest.setTimeout(300_000)

type Fixture = {
  store: Headers
  regionId: string
  mug: { id: string; variants: { id: string }[] }
  kettle: { id: string; variants: { id: string }[] }
  draftId: string
  otherChannelId: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const fixture = {} as Fixture
    const service = () => getContainer().resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
    const interactions = () =>
      service().listInteractions({}, { order: { created_at: "ASC", product_id: "ASC" } })
    const post = (body: unknown, headers = fixture.store) =>
      http.post("/store/recommendations/events", body, headers).catch((e) => e.response)

    beforeAll(async () => {
      const admin = await createAdminHeaders(getContainer())
      const channel = await createSalesChannel(http, admin, "Web shop")
      const otherChannel = await createSalesChannel(http, admin, "Wholesale")
      const product = (title: string, sales_channel_id: string, status?: "draft") =>
        createProduct(http, admin, { title, description: title, sales_channel_id, status })
      Object.assign(fixture, {
        store: await createStoreHeaders(http, admin, [channel.id]),
        regionId: (await createRegion(http, admin)).id,
        mug: await product("Stoneware Mug", channel.id),
        kettle: await product("Gooseneck Kettle", channel.id),
        draftId: (await product("Draft Teapot", channel.id, "draft")).id,
        otherChannelId: (await product("Wholesale Grinder", otherChannel.id)).id,
      })
    })

    it("stores a batch of anonymous events", async () => {
      const response = await post({
        session_id: "sess_abc-123",
        events: [
          { type: "view", product_id: fixture.mug.id },
          { type: "add_to_cart", product_id: fixture.kettle.id, quantity: 2 },
          {
            type: "recommendation_click",
            product_id: fixture.kettle.id,
            recommendation_id: "rrec_1",
          },
        ],
      })
      expect(response.status).toBe(200)
      expect(response.data).toEqual({ accepted: 3, rejected: [] })
      const rows = await interactions()
      expect(
        rows.map((r) => [r.type, r.product_id, r.quantity, r.session_id, r.customer_id])
      ).toEqual([
        ["view", fixture.mug.id, 1, "sess_abc-123", null],
        ["add_to_cart", fixture.kettle.id, 2, "sess_abc-123", null],
        ["recommendation_click", fixture.kettle.id, 1, "sess_abc-123", null],
      ])
      expect(rows[2].recommendation_id).toBe("rrec_1")
    })

    it("accepts a single event and ignores a customer id sent in the body", async () => {
      const response = await post({
        session_id: "s1",
        type: "view",
        product_id: fixture.mug.id,
        customer_id: "cus_spoofed",
      })
      expect(response.status).toBe(200)
      const [row] = await interactions()
      expect(row).toEqual(
        expect.objectContaining({ type: "view", session_id: "s1", customer_id: null })
      )
    })

    it("rejects the bad events of a batch by index, naming the problem, and keeps the valid ones", async () => {
      const response = await post({
        session_id: "s2",
        events: [
          { type: "view", product_id: fixture.mug.id },
          { type: "view", product_id: "prod_does_not_exist" },
          { type: "view", product_id: fixture.draftId },
          { type: "view", product_id: fixture.otherChannelId },
          { type: "purchase", product_id: fixture.mug.id },
          { type: "view" },
          "not an object",
          { type: "add_to_cart", product_id: fixture.kettle.id },
        ],
      })
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.accepted).toBe(2)
      expect(response.data.rejected.map((r: { index: number }) => r.index)).toEqual([
        1, 2, 3, 4, 5, 6,
      ])
      expect(response.data.rejected[0].message).toContain("prod_does_not_exist")
      expect(response.data.rejected[3].message).toMatch(/events\[4\]\.type/)
      expect(response.data.rejected[4].message).toMatch(/events\[5\]\.product_id/)
      expect(response.data.message).toContain("6 of 8 events rejected")
      expect((await interactions()).map((r) => r.product_id)).toEqual([
        fixture.mug.id,
        fixture.kettle.id,
      ])
    })

    it.each([
      ["session_id", { events: [{ type: "view", product_id: "x" }] }],
      ["session_id", { session_id: "has spaces", type: "view", product_id: "x" }],
      ["session_id", { session_id: "a".repeat(65), type: "view", product_id: "x" }],
      ["events", { session_id: "s", events: [] }],
      ["events", { session_id: "s", events: Array(101).fill({ type: "view", product_id: "x" }) }],
      ["events", { session_id: "s", events: "nope" }],
      ["extra", { session_id: "s", type: "view", product_id: "x", extra: 1 }],
    ])("answers 400 naming %s for a malformed envelope (case %#)", async (named, body) => {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(named)
      expect(await interactions()).toEqual([])
    })

    it("gives a customer their guest session's history when they log in", async () => {
      await post({ session_id: "guest-1", type: "view", product_id: fixture.mug.id })
      const customer = await createCustomerHeaders(http, fixture.store, "shopper@example.com")
      const response = await post(
        {
          session_id: "guest-1",
          type: "view",
          product_id: fixture.kettle.id,
          customer_id: "cus_x",
        },
        customer
      )
      expect(response.status).toBe(200)
      const rows = await interactions()
      expect(rows.map((r) => [r.product_id, r.customer_id, r.session_id])).toEqual([
        [fixture.mug.id, customer.customer_id, "guest-1"],
        [fixture.kettle.id, customer.customer_id, "guest-1"],
      ])
    })

    it("stores every event of many concurrent requests, written together, before answering", async () => {
      const customer = await createCustomerHeaders(http, fixture.store, "busy@example.com")
      await post({ session_id: "busy-login", type: "view", product_id: fixture.kettle.id })
      // 40 guests and one login at the same moment: writes are combined while one runs.
      const guests = Array.from({ length: 40 }, (_, g) =>
        post({
          session_id: `busy-${g}`,
          events: [
            { type: "view", product_id: fixture.mug.id },
            { type: "add_to_cart", product_id: fixture.kettle.id },
          ],
        })
      )
      const login = post(
        { session_id: "busy-login", type: "view", product_id: fixture.mug.id },
        customer
      )
      const responses = await Promise.all([...guests, login])
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200))

      const rows = await interactions()
      for (let g = 0; g < 40; g++) {
        expect(
          rows.filter((r) => r.session_id === `busy-${g}`).map((r) => [r.type, r.customer_id])
        ).toEqual([
          ["view", null],
          ["add_to_cart", null],
        ])
      }
      expect(rows.filter((r) => r.session_id === "busy-login").map((r) => r.customer_id)).toEqual([
        customer.customer_id,
        customer.customer_id,
      ])
    })
    it("erases every event of a customer or a session on an admin's request", async () => {
      await post({ session_id: "forget-me", type: "view", product_id: fixture.mug.id })
      await post({ session_id: "keep-me", type: "view", product_id: fixture.mug.id })
      const admin = await createAdminHeaders(getContainer())
      const erase = (body: unknown, headers: Headers = admin) =>
        http.post("/admin/recommendations/shoppers/erase", body, headers).catch((e) => e.response)

      expect((await erase({ session_id: "forget-me" })).data).toEqual({ deleted: 1 })
      expect((await interactions()).map((r) => r.session_id)).toEqual(["keep-me"])
      const both = await erase({ session_id: "a", customer_id: "cus_1" })
      expect(both.status).toBe(400)
      expect(both.data.message).toContain("exactly one of customer_id or session_id")
      expect((await erase({})).status).toBe(400)
      expect((await erase({ session_id: "keep-me" }, fixture.store)).status).toBe(401)
      expect(await interactions()).toHaveLength(1)
    })

    it("records every product of a placed order as one purchase by its customer, once", async () => {
      const customer = await createCustomerHeaders(http, fixture.store, "buyer@example.com")
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", eventBus)
      const order = await placeOrder(http, customer, {
        region_id: fixture.regionId,
        email: "buyer@example.com",
        items: [
          { variant_id: fixture.mug.variants[0].id, quantity: 3 },
          { variant_id: fixture.kettle.variants[0].id, quantity: 1 },
        ],
      })
      await placed

      const purchases = () =>
        service().listInteractions({ type: "purchase" }, { order: { product_id: "ASC" } })
      const expected = [fixture.mug.id, fixture.kettle.id].sort().map((productId) =>
        expect.objectContaining({
          product_id: productId,
          quantity: productId === fixture.mug.id ? 3 : 1,
          customer_id: customer.customer_id,
          order_id: order.id,
        })
      )
      expect(await purchases()).toEqual(expected)

      // A re-delivered order.placed event adds nothing.
      await recordOrderPurchasesWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await purchases()).toHaveLength(2)
    })
  },
})
