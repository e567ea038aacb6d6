import type { AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type {
  AdminCustomerRecommendationsResponse,
  AdminPreviewItem,
  AdminProductRecommendationsResponse,
  AdminRecommendationSettingsResponse,
  AdminRecommendationsPreviewResponse,
  StoreProductRecommendationsResponse,
} from "../../src/types/http"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createRegion,
  createSalesChannel,
  createStoreHeaders,
  prepareRecommendations,
} from "../helpers/catalog"
import { createCustomerHeaders, placeOrder } from "../helpers/shopper"

jest.setTimeout(300_000)

const CATALOG = {
  coffee: [
    ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly for espresso and pour-over."],
    ["Flat Burr Coffee Grinder", "Electric grinder with flat burrs for consistent coffee."],
    ["Hand Crank Coffee Mill", "Manual grinder for fresh coffee beans at home or camping."],
    ["Pour-Over Coffee Dripper", "Ceramic cone dripper for brewing filter coffee by hand."],
    ["French Press Coffee Maker", "Glass press that brews full-bodied coffee in four minutes."],
  ],
  tea: [
    ["Cast Iron Teapot", "A heavy teapot that keeps green and black tea hot."],
    ["Gooseneck Tea Kettle", "Electric kettle with a precise spout for brewing tea."],
    ["Loose Leaf Tea Infuser", "Stainless steel mesh infuser for loose leaf tea."],
  ],
  kitchen: [
    ["Stoneware Mug", "A 350 ml stoneware mug for coffee or tea."],
    ["Linen Tea Towel", "A soft linen towel for drying dishes."],
    ["Bamboo Cutting Board", "A sturdy bamboo board for chopping vegetables."],
  ],
} as const
type Category = keyof typeof CATALOG

type Catalog = {
  admin: Headers
  store: Headers
  categoryOf: Map<string, Category>
  grinderId: string
  mugId: string
  teapotId: string
  kettleId: string
  draftScaleId: string
  viewerId: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const catalog = {} as Catalog

    const settingsUrl = "/admin/recommendations/settings"
    const getSettings = async () =>
      (await http.get(settingsUrl, catalog.admin)).data as AdminRecommendationSettingsResponse
    const similarInStore = async (productId: string, limit = 6) =>
      (
        (
          await http.get(
            `/store/products/${productId}/recommendations?limit=${limit}&fields=id,title`,
            catalog.store
          )
        ).data as StoreProductRecommendationsResponse
      ).recommendations.map((r) => r.product_id)
    const perCategory = (ids: string[]) => {
      const counts = new Map<Category | undefined, number>()
      for (const id of ids) {
        const category = catalog.categoryOf.get(id)
        counts.set(category, (counts.get(category) ?? 0) + 1)
      }
      return counts
    }
    const preview = async (body: Record<string, unknown>) =>
      (await http.post("/admin/recommendations/preview", body, catalog.admin))
        .data as AdminRecommendationsPreviewResponse
    const idsOf = (items: AdminPreviewItem[] | undefined) =>
      (items ?? []).map((item) => item.product_id)
    // The head of a list keeps its ranked order (diversity re-ranks after the first four): an
    // admin preview's head, without the draft product, is the store's.
    const headWithoutDraft = (ids: string[]) =>
      ids.slice(0, 4).filter((id) => id !== catalog.draftScaleId)
    const failed = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; data: { message: string } } }) => error.response
      )

    // Built once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const region = await createRegion(http, admin)
      const categoryOf = new Map<string, Category>()
      const byTitle = new Map<string, { id: string; variants: { id: string }[] }>()
      for (const category of Object.keys(CATALOG) as Category[]) {
        const { id: categoryId } = await createCategory(http, admin, category)
        for (const [title, description] of CATALOG[category]) {
          const product = await createProduct(http, admin, {
            title,
            description,
            category_id: categoryId,
            sales_channel_id: channel.id,
          })
          categoryOf.set(product.id, category)
          byTitle.set(title, product)
        }
      }
      // A draft close to the grinder by meaning: admin previews show it, the store never does.
      const draftScale = await createProduct(http, admin, {
        title: "Coffee Bean Scale",
        description: "Digital scale for weighing coffee beans before grinding.",
        sales_channel_id: channel.id,
        status: "draft",
      })
      const store = await createStoreHeaders(http, admin, [channel.id])
      const product = (title: string) =>
        byTitle.get(title) as { id: string; variants: { id: string }[] }
      const grinder = product("Conical Burr Coffee Grinder")
      const mug = product("Stoneware Mug")

      // Two real checkouts put the grinder and the mug in one order each.
      for (const email of ["buyer-1@example.com", "buyer-2@example.com"]) {
        const buyer = await createCustomerHeaders(http, store, email)
        await placeOrder(http, buyer, {
          region_id: region.id,
          email,
          items: [grinder, mug].map((p) => ({ variant_id: p.variants[0].id, quantity: 1 })),
        })
      }
      const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
      for (let waited = 0; ; waited += 200) {
        const purchases = await service.listInteractions({ type: "purchase" })
        if (purchases.length === 4) break
        if (waited > 60_000) throw new Error(`order purchases not recorded: ${purchases.length}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await prepareRecommendations(
        http,
        admin,
        container,
        [...byTitle.values()].map((p) => p.id)
      )

      // A customer who looked at tea things, after the rebuild: the history is read live.
      const viewer = await createCustomerHeaders(http, store, "viewer@example.com")
      for (const title of ["Cast Iron Teapot", "Gooseneck Tea Kettle"]) {
        await http.post(
          "/store/recommendations/events",
          { events: [{ type: "view", product_id: product(title).id }] },
          viewer
        )
      }

      Object.assign(catalog, {
        admin,
        store,
        categoryOf,
        grinderId: grinder.id,
        mugId: mug.id,
        teapotId: product("Cast Iron Teapot").id,
        kettleId: product("Gooseneck Tea Kettle").id,
        draftScaleId: draftScale.id,
        viewerId: viewer.customer_id,
      })
    })

    it("answers 401 to requests without an admin", async () => {
      const requests = [
        http.get(settingsUrl),
        http.post(settingsUrl, { diversity: { similar: 0.5 } }),
        http.delete(settingsUrl),
        http.get(settingsUrl, catalog.store),
        http.post("/admin/recommendations/preview", { product_id: catalog.grinderId }),
        http.get(`/admin/customers/${catalog.viewerId}/recommendations`),
      ]
      // Each is caught as it is made: one that fails before its turn is no unhandled rejection.
      for (const answer of requests.map(failed)) expect((await answer).status).toBe(401)
    })

    it("shows the plugin options' defaults before anything is saved", async () => {
      const body = await getSettings()
      expect(body.overrides).toEqual({})
      expect(body.updated_at).toBeNull()
      expect(body.updated_by).toBeNull()
      expect(body.settings).toEqual(body.defaults)
      expect(body.defaults.diversity).toEqual({
        personalized: 0.4,
        similar: 0.2,
        max_per_category: null,
      })
      expect(body.defaults.event_weights).toEqual({
        purchase: 1,
        add_to_cart: 0.5,
        view: 0.25,
        recommendation_click: 0.25,
      })
      expect(body.defaults.fallback).toEqual(expect.objectContaining({ enabled: true }))
      expect(body.defaults.fusion).toEqual(
        expect.objectContaining({ similar_popularity: 0.05, personalized_semantic: 0.75 })
      )
    })

    it("rejects invalid settings with a 400 naming the field, and stores nothing", async () => {
      const tooBig = await failed(
        http.post(settingsUrl, { diversity: { similar: 2 } }, catalog.admin)
      )
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.message).toContain("diversity.similar")

      const unknown = await failed(
        http.post(settingsUrl, { fusion: { similar_popularity: 0.5, magic: 1 } }, catalog.admin)
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("fusion.magic")

      const wrongType = await failed(
        http.post(settingsUrl, { diversity: { max_per_category: 1.5 } }, catalog.admin)
      )
      expect(wrongType.status).toBe(400)
      expect(wrongType.data.message).toContain("diversity.max_per_category")

      const body = await getSettings()
      expect(body.overrides).toEqual({})
      expect(body.updated_at).toBeNull()
    })

    it("applies saved settings to the next store response, and DELETE resets them", async () => {
      const before = await similarInStore(catalog.grinderId)
      expect(before).toHaveLength(6)
      expect(perCategory(before).get("coffee")).toBeGreaterThanOrEqual(2)
      expect(before).not.toContain(catalog.draftScaleId)

      const { data: saved } = await http.post(
        settingsUrl,
        { diversity: { max_per_category: 1 } },
        catalog.admin
      )
      const body = saved as AdminRecommendationSettingsResponse
      expect(body.overrides).toEqual({ diversity: { max_per_category: 1 } })
      expect(body.settings.diversity.max_per_category).toBe(1)
      expect(body.settings.diversity.similar).toBe(body.defaults.diversity.similar)
      expect(body.updated_by).toMatch(/^user_/)
      expect(body.updated_at).toEqual(expect.any(String))

      // One product per category: the three categories' best, the grinder's own first.
      const capped = await similarInStore(catalog.grinderId)
      expect(capped.length).toBeGreaterThan(0)
      expect([...perCategory(capped).values()].every((count) => count === 1)).toBe(true)
      expect(catalog.categoryOf.get(capped[0])).toBe("coffee")
      expect(capped).toEqual(expect.arrayContaining([before[0]]))

      const { data: reset } = await http.delete(settingsUrl, catalog.admin)
      expect((reset as AdminRecommendationSettingsResponse).overrides).toEqual({})
      expect((reset as AdminRecommendationSettingsResponse).settings).toEqual(
        (reset as AdminRecommendationSettingsResponse).defaults
      )
      expect(await similarInStore(catalog.grinderId)).toEqual(before)
    })

    it("previews a product's store lists over every product, bought together from real orders", async () => {
      const { data } = await http.get(
        `/admin/products/${catalog.grinderId}/recommendations?limit=10`,
        catalog.admin
      )
      const body = data as AdminProductRecommendationsResponse
      expect(body.embedding?.status).toBe("ready")
      expect(body.bought_together).toEqual([
        expect.objectContaining({
          product_id: catalog.mugId,
          title: "Stoneware Mug",
          status: "published",
          reasons: [{ type: "bought_together", product_id: catalog.grinderId, count: 2 }],
        }),
      ])
      // The same ranking as the store's, plus the draft the store never shows.
      const similar = idsOf(body.similar)
      expect(similar).toContain(catalog.draftScaleId)
      const head = headWithoutDraft(similar)
      expect((await similarInStore(catalog.grinderId, 10)).slice(0, head.length)).toEqual(head)
      expect(body.similar[0].components).toEqual(
        expect.objectContaining({ semantic: expect.any(Number) })
      )
    })

    it("previews draft settings next to the live ones without changing the store", async () => {
      const storeBefore = await similarInStore(catalog.grinderId)
      // Popularity alone: the mug (bought twice) leads; live ranks by meaning first.
      const body = await preview({
        product_id: catalog.grinderId,
        settings: { fusion: { similar_popularity: 1 } },
        limit: 6,
      })
      expect(body.draft.similar?.[0]).toEqual(
        expect.objectContaining({
          product_id: catalog.mugId,
          components: { semantic: 0, collaborative: 0, popularity: 1 },
        })
      )
      expect(catalog.categoryOf.get(idsOf(body.live.similar)[0])).toBe("coffee")
      expect(idsOf(body.live.similar)).not.toEqual(idsOf(body.draft.similar))
      expect(idsOf(body.live.bought_together)).toEqual([catalog.mugId])

      // The live list is the store's (plus the draft product), and nothing moved or was saved.
      const head = headWithoutDraft(idsOf(body.live.similar))
      expect(storeBefore.slice(0, head.length)).toEqual(head)
      expect(await similarInStore(catalog.grinderId)).toEqual(storeBefore)
      expect((await getSettings()).overrides).toEqual({})

      const both = await failed(
        http.post(
          "/admin/recommendations/preview",
          { product_id: catalog.grinderId, customer_id: catalog.viewerId },
          catalog.admin
        )
      )
      expect(both.status).toBe(400)
      expect(both.data.message).toContain("product_id")
      const badDraft = await failed(
        http.post(
          "/admin/recommendations/preview",
          { product_id: catalog.grinderId, settings: { diversity: { similar: -1 } } },
          catalog.admin
        )
      )
      expect(badDraft.status).toBe(400)
      expect(badDraft.data.message).toContain("settings.diversity.similar")
    })

    it("previews a customer's personalized list from their own events", async () => {
      const { data } = await http.get(
        `/admin/customers/${catalog.viewerId}/recommendations?limit=5`,
        catalog.admin
      )
      const body = data as AdminCustomerRecommendationsResponse
      expect(body.customer_id).toBe(catalog.viewerId)
      expect(body.history).toEqual([
        expect.objectContaining({ product_id: catalog.kettleId, type: "view" }),
        expect.objectContaining({
          product_id: catalog.teapotId,
          type: "view",
          title: "Cast Iron Teapot",
        }),
      ])
      expect(body.fallback).toBe(false)
      expect(body.personalized.length).toBeGreaterThan(0)
      const top = body.personalized[0]
      expect(catalog.categoryOf.get(top.product_id)).toBe("tea")
      expect(top.reasons).toContainEqual({
        type: "because_you_viewed",
        product_id: expect.stringMatching(
          new RegExp(`^(${catalog.kettleId}|${catalog.teapotId})$`)
        ),
      })

      // Drafting away every history source leaves popularity: the bought products lead.
      const drafted = await preview({
        customer_id: catalog.viewerId,
        settings: {
          fusion: {
            personalized_semantic: 0,
            personalized_collaborative: 0,
            personalized_sequential: 0,
          },
        },
        limit: 5,
      })
      expect(idsOf(drafted.live.personalized)).toEqual(idsOf(body.personalized))
      expect(idsOf(drafted.draft.personalized).slice(0, 2).sort()).toEqual(
        [catalog.grinderId, catalog.mugId].sort()
      )
      expect(drafted.draft.personalized?.[0].reasons).toEqual([{ type: "trending" }])

      const unknown = await failed(
        http.get("/admin/customers/cus_unknown/recommendations", catalog.admin)
      )
      expect(unknown.status).toBe(404)
      const unknownPreview = await failed(
        http.post("/admin/recommendations/preview", { customer_id: "cus_unknown" }, catalog.admin)
      )
      expect(unknownPreview.status).toBe(404)
    })

    // Last: the rebuild replaces the model this process serves for the tests after it.
    it("rebuilds the behaviour model in the background when event weights change", async () => {
      const service: RecommendationModuleService = getContainer().resolve(RECOMMENDATION_MODULE)
      const newestHash = async () =>
        (await service.loadNewestModelSnapshot("behaviour", null))?.settings_hash
      const waitForNewHash = async (previous: string | undefined) => {
        for (let waited = 0; waited < 60_000; waited += 200) {
          const hash = await newestHash()
          if (hash !== previous) return hash
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        throw new Error("no rebuild after the event weights changed")
      }
      const original = await newestHash()
      expect(original).toEqual(expect.any(String))

      // Diversity alone does not touch the model.
      await http.post(settingsUrl, { diversity: { similar: 0.3 } }, catalog.admin)
      expect(await service.behaviourModelNeedsRebuild()).toBe(false)

      await http.post(settingsUrl, { event_weights: { view: 2 } }, catalog.admin)
      const rebuilt = await waitForNewHash(original)
      expect(await service.behaviourModelNeedsRebuild()).toBe(false)

      await http.delete(settingsUrl, catalog.admin)
      expect(await waitForNewHash(rebuilt)).toBe(original)
    })
  },
})
