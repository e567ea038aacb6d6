import type { AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { StoreProductRecommendationsResponse } from "../../src/types/http"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createProduct,
  createProductType,
  createRegion,
  createSalesChannel,
  createStoreHeaders,
  waitForEmbeddings,
} from "../helpers/catalog"
import { createCustomerHeaders, placeOrder } from "../helpers/shopper"

jest.setTimeout(300_000)

type Product = { id: string; variants: { id: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const products = {} as Record<
      "kettle" | "kettleBlack" | "mug" | "teapot" | "towel" | "hidden",
      Product
    >
    let store: Headers
    let regionId: string

    const boughtTogether = async (id: string, query = "") =>
      (await http.get(`/store/products/${id}/frequently-bought-together${query}`, store))
        .data as StoreProductRecommendationsResponse

    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const kettles = await createProductType(http, admin, "Kettle")
      const create = (title: string, description: string, type_id?: string, status?: "draft") =>
        createProduct(http, admin, {
          title,
          description,
          type_id,
          status,
          sales_channel_id: channel.id,
        })
      Object.assign(products, {
        kettle: await create("Gooseneck Kettle", "Electric gooseneck kettle, 1 litre.", kettles.id),
        kettleBlack: await create(
          "Gooseneck Kettle, Black",
          "Electric gooseneck kettle, 1 litre.",
          kettles.id
        ),
        mug: await create("Stoneware Mug", "A 350 ml stoneware mug for coffee or tea."),
        teapot: await create("Cast Iron Teapot", "A heavy teapot that keeps tea hot."),
        towel: await create("Linen Tea Towel", "A soft linen towel for drying dishes."),
        hidden: await create("Draft Kettle Descaler", "Descaler for kettles.", undefined, "draft"),
      })
      await waitForEmbeddings(
        container,
        Object.values(products).map((p) => p.id)
      )
      store = await createStoreHeaders(http, admin, [channel.id])
      regionId = (await createRegion(http, admin)).id

      const buy = async (email: string, ...orders: Product[][]) => {
        const shopper = await createCustomerHeaders(http, store, email)
        for (const items of orders) {
          await placeOrder(http, shopper, {
            region_id: regionId,
            email,
            items: items.map((p) => ({ variant_id: p.variants[0].id, quantity: 1 })),
          })
        }
      }
      const { kettle, kettleBlack, mug, teapot, towel } = products
      // Two orders hold the kettle, its black twin and a mug together.
      await buy("a@example.com", [kettle, kettleBlack, mug])
      await buy("b@example.com", [kettle, kettleBlack, mug])
      // Teapot and towel are never in one order, but two shoppers bought both within days.
      await buy("c@example.com", [teapot], [towel])
      await buy("d@example.com", [teapot], [towel])
      // The draft product cannot be ordered from the store; its purchases arrive as events.
      const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
      await service.recordInteractions(
        ["o-x", "o-y"].flatMap((order_id) =>
          [kettle.id, products.hidden.id].map((product_id) => ({
            type: "purchase" as const,
            product_id,
            order_id,
            customer_id: `cus_${order_id}`,
          }))
        )
      )
      await http.post("/admin/recommendations/rebuild", {}, admin)
      await service.refreshBehaviourModel()
    })

    it("returns products bought in the same orders, without near-duplicates or hidden products", async () => {
      const body = await boughtTogether(products.kettle.id)
      expect(body.recommendations.map((r) => r.product_id)).toEqual([products.mug.id])
      expect(body.recommendations[0].reasons).toEqual([
        { type: "bought_together", product_id: products.kettle.id, count: 2 },
      ])
      expect(body.products[0]).toEqual(
        expect.objectContaining({ id: products.mug.id, title: "Stoneware Mug" })
      )

      // From the mug: the kettle, but not also its black twin.
      const fromMug = (await boughtTogether(products.mug.id)).recommendations.map(
        (r) => r.product_id
      )
      expect(fromMug).toHaveLength(1)
      expect([products.kettle.id, products.kettleBlack.id]).toContain(fromMug[0])
    })

    it("falls back to one shopper's purchases within days when orders never pair them", async () => {
      const body = await boughtTogether(products.teapot.id)
      expect(body.recommendations).toEqual([
        {
          product_id: products.towel.id,
          score: expect.any(Number),
          reasons: [{ type: "bought_together", product_id: products.teapot.id, count: 2 }],
        },
      ])
    })

    it("answers 404 for a hidden source and 400 for bad parameters", async () => {
      const hidden = await http
        .get(`/store/products/${products.hidden.id}/frequently-bought-together`, store)
        .catch((e) => e.response)
      expect(hidden.status).toBe(404)
      const bad = await http
        .get(`/store/products/${products.kettle.id}/frequently-bought-together?limit=0`, store)
        .catch((e) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("limit")
      expect((await boughtTogether(products.towel.id, "?limit=1")).count).toBe(1)
    })
  },
})
