import type { AxiosInstance } from "axios"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type {
  AdminProductRecommendationsResponse,
  StoreProductRecommendationsResponse,
  StoreRecommendationsResponse,
} from "../../src/types/http"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createRegion,
  createSalesChannel,
  createStoreHeaders,
  prepareRecommendations,
  waitForEmbeddings,
} from "../helpers/catalog"

jest.setTimeout(300_000)

const COFFEE = [
  ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly for espresso and pour-over brewing."],
  ["Pour-Over Coffee Dripper", "Ceramic cone dripper for brewing filter coffee by hand."],
  ["Gooseneck Coffee Kettle", "Electric kettle with a precise spout for pour-over coffee."],
  ["Espresso Coffee Beans", "Dark roast whole coffee beans for rich espresso shots."],
]
const RUNNING = [
  ["Trail Running Shoes", "Grippy running shoes with a cushioned sole for muddy trails."],
  ["Running Socks", "Breathable cushioned socks that prevent blisters on long runs."],
  ["Reflective Running Vest", "Lightweight high-visibility vest for running at night."],
]
const YOGA = [
  ["Non-Slip Yoga Mat", "Thick cushioned mat for yoga, pilates and stretching."],
  ["Cork Yoga Block", "Firm cork block that supports yoga poses and balance."],
]

type Catalog = {
  store: Headers
  otherStore: Headers
  admin: Headers
  regionId: string
  grinderId: string
  ids: Record<"coffee" | "running" | "yoga", string[]>
  draftCoffeeId: string
  otherChannelCoffeeId: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const catalog = {} as Catalog

    const recommend = async (productId: string, query = "", headers = catalog.store) =>
      (await http.get(`/store/products/${productId}/recommendations${query}`, headers))
        .data as StoreProductRecommendationsResponse

    // Built once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const otherChannel = await createSalesChannel(http, admin, "Wholesale")
      const region = await createRegion(http, admin)
      const categories = {
        coffee: await createCategory(http, admin, "Coffee"),
        running: await createCategory(http, admin, "Running"),
        yoga: await createCategory(http, admin, "Yoga"),
      }
      const create = (title: string, description: string, category_id: string) =>
        createProduct(http, admin, {
          title,
          description,
          category_id,
          sales_channel_id: channel.id,
        })
      const ids = { coffee: [] as string[], running: [] as string[], yoga: [] as string[] }
      for (const [key, items] of [
        ["coffee", COFFEE],
        ["running", RUNNING],
        ["yoga", YOGA],
      ] as const) {
        for (const [title, description] of items) {
          ids[key].push((await create(title, description, categories[key].id)).id)
        }
      }
      const draft = await createProduct(http, admin, {
        title: "Flat Burr Coffee Grinder (draft)",
        description: "Grinds coffee beans evenly for espresso and pour-over brewing.",
        category_id: categories.coffee.id,
        sales_channel_id: channel.id,
        status: "draft",
      })
      const otherChannelCoffee = await createProduct(http, admin, {
        title: "Hand Coffee Grinder",
        description: "Manual burr grinder for coffee beans, for espresso and pour-over.",
        category_id: categories.coffee.id,
        sales_channel_id: otherChannel.id,
      })
      const all = [...Object.values(ids).flat(), draft.id, otherChannelCoffee.id]
      // The catalog's semantic neighbours (in the behaviour model) serve personalization.
      await prepareRecommendations(http, admin, container, all)

      Object.assign(catalog, {
        admin,
        store: await createStoreHeaders(http, admin, [channel.id]),
        otherStore: await createStoreHeaders(http, admin, [otherChannel.id]),
        regionId: region.id,
        grinderId: ids.coffee[0],
        ids,
        draftCoffeeId: draft.id,
        otherChannelCoffeeId: otherChannelCoffee.id,
      })
    })

    it("ranks semantically related products above unrelated ones, best first", async () => {
      const body = await recommend(catalog.grinderId, "?diversity=0")
      const ranked = body.recommendations.map((r) => r.product_id)
      expect(body.count).toBe(ranked.length)
      expect(body.products.map((p) => p.id)).toEqual(ranked)
      // The other three coffee products come first, before any running or yoga product.
      expect(new Set(ranked.slice(0, 3))).toEqual(new Set(catalog.ids.coffee.slice(1)))
      const scores = body.recommendations.map((r) => r.score)
      expect([...scores].sort((a, b) => b - a)).toEqual(scores)
      expect(body.recommendations[0].reasons[0]).toEqual({
        type: "similar_to",
        product_id: catalog.grinderId,
        similarity: expect.any(Number),
      })
    })

    it("varies the list on request, keeping the best items in place", async () => {
      const ids = async (diversity: number) =>
        (await recommend(catalog.grinderId, `?limit=8&diversity=${diversity}`)).recommendations.map(
          (r) => r.product_id
        )
      const relevance = await ids(0)
      const varied = await ids(1)
      expect(varied.slice(0, 4)).toEqual(relevance.slice(0, 4))
      expect(new Set(varied)).toEqual(new Set(relevance))
      expect(varied).not.toEqual(relevance)
      const error = await http
        .get(`/store/products/${catalog.grinderId}/recommendations?diversity=2`, catalog.store)
        .catch((e) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toContain("diversity")
    })

    it("never returns the source, draft products or products of another sales channel", async () => {
      const body = await recommend(catalog.grinderId, "?limit=50")
      const ids = body.recommendations.map((r) => r.product_id)
      expect(ids).not.toContain(catalog.grinderId)
      expect(ids).not.toContain(catalog.draftCoffeeId)
      expect(ids).not.toContain(catalog.otherChannelCoffeeId)
      // Everything else in the channel is there: 9 published products minus the source.
      expect(ids).toHaveLength(8)

      const other = await recommend(catalog.otherChannelCoffeeId, "", catalog.otherStore)
      expect(other.count).toBe(0)
    })

    it("leaves out the products a request excludes", async () => {
      const [, dripper, kettle] = catalog.ids.coffee
      const all = (await recommend(catalog.grinderId, "?limit=50")).recommendations
      const ids = (query: string) =>
        recommend(catalog.grinderId, query).then((b) => b.recommendations.map((r) => r.product_id))
      const without = await ids(`?limit=50&exclude=${dripper},${kettle}`)
      expect(without).toHaveLength(all.length - 2)
      expect(without).not.toContain(dripper)
      expect(without).not.toContain(kettle)
      expect(await ids(`?limit=50&exclude[]=${dripper}&exclude[]=${kettle}`)).toEqual(without)
      // Excluding the source itself (it is in the cart) still answers.
      expect(await ids(`?limit=3&exclude=${catalog.grinderId}`)).toHaveLength(3)
      const tooMany = await http
        .get(
          `/store/products/${catalog.grinderId}/recommendations?exclude=${Array(101).fill("p").join(",")}`,
          catalog.store
        )
        .catch((e) => e.response)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("exclude")
    })

    it("honours limit and returns the requested fields with calculated prices", async () => {
      const body = await recommend(
        catalog.grinderId,
        `?limit=2&fields=id,title,*variants.calculated_price&region_id=${catalog.regionId}`
      )
      expect(body.count).toBe(2)
      const [product] = body.products
      expect(Object.keys(product).sort()).toEqual(["id", "title", "variants"])
      expect(product.variants?.[0].calculated_price).toEqual(
        expect.objectContaining({ calculated_amount: 25, currency_code: "eur" })
      )
    })

    it("answers 404 for unknown, draft and other-channel source products", async () => {
      for (const id of ["prod_unknown", catalog.draftCoffeeId, catalog.otherChannelCoffeeId]) {
        const error = await http
          .get(`/store/products/${id}/recommendations`, catalog.store)
          .catch((e) => e.response)
        expect(error.status).toBe(404)
        expect(error.data).toEqual({
          type: "not_found",
          message: `Product with id: ${id} was not found`,
        })
      }
    })

    it.each([
      ["limit=0", "limit"],
      ["limit=500", "limit"],
      ["limit=abc", "limit"],
      ["fields=id,no_such_field", "no_such_field"],
      ["region_id=reg_missing", "reg_missing"],
      ["unknown_param=1", "unknown_param"],
    ])("answers 400 naming the problem for %s", async (params, named) => {
      const error = await http
        .get(`/store/products/${catalog.grinderId}/recommendations?${params}`, catalog.store)
        .catch((e) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.type).toBe("invalid_data")
      expect(error.data.message).toContain(named)
    })

    it("requires a publishable key", async () => {
      const error = await http
        .get(`/store/products/${catalog.grinderId}/recommendations`)
        .catch((e) => e.response)
      expect(error.status).toBe(400)
    })

    it("falls back to the same category, flagged in reasons, for a product with no embedding", async () => {
      const service: RecommendationModuleService = getContainer().resolve(RECOMMENDATION_MODULE)
      const source = catalog.ids.running[0]
      await service.removeEmbeddingsOfProducts([source])

      const body = await recommend(source, "?limit=4")
      expect(body.count).toBe(4)
      expect(new Set(body.recommendations.slice(0, 2).map((r) => r.product_id))).toEqual(
        new Set(catalog.ids.running.slice(1))
      )
      for (const recommendation of body.recommendations) {
        expect(recommendation.reasons[0]).toEqual({
          type: "fallback",
          cause: "source_not_embedded",
        })
      }
      expect(body.recommendations[0].reasons).toContainEqual(
        expect.objectContaining({ type: "same_category" })
      )
    })

    it("previews a product's embedding and neighbours for admins, whatever their status", async () => {
      const { data } = await http.get(
        `/admin/products/${catalog.grinderId}/recommendations?limit=3`,
        catalog.admin
      )
      const body = data as AdminProductRecommendationsResponse
      expect(body.embedding).toEqual(
        expect.objectContaining({
          status: "ready",
          model_id: "universal-sentence-encoder-lite",
          dimensions: 512,
          last_error: null,
        })
      )
      expect(body.similar).toHaveLength(3)
      // The draft and the other channel's grinder are the closest products by meaning.
      expect(
        body.similar
          .slice(0, 2)
          .map((item) => item.product_id)
          .sort()
      ).toEqual([catalog.draftCoffeeId, catalog.otherChannelCoffeeId].sort())
      expect(body.similar[0]).toEqual(
        expect.objectContaining({ title: expect.any(String), status: expect.any(String) })
      )

      const unauthenticated = await http
        .get(`/admin/products/${catalog.grinderId}/recommendations`)
        .catch((e) => e.response)
      expect(unauthenticated.status).toBe(401)
      const withStoreKey = await http
        .get(`/admin/products/${catalog.grinderId}/recommendations`, catalog.store)
        .catch((e) => e.response)
      expect(withStoreKey.status).toBe(401)
      const unknown = await http
        .get(`/admin/products/prod_unknown/recommendations`, catalog.admin)
        .catch((e) => e.response)
      expect(unknown.status).toBe(404)
      const badLimit = await http
        .get(`/admin/products/${catalog.grinderId}/recommendations?limit=0`, catalog.admin)
        .catch((e) => e.response)
      expect(badLimit.status).toBe(400)
      expect(badLimit.data.message).toContain("limit")
    })

    it("blends in what shoppers do together once the behaviour model is rebuilt", async () => {
      const grinder = catalog.grinderId
      const [mat] = catalog.ids.yoga
      const rankOf = async (id: string) =>
        (await recommend(grinder, "?limit=50")).recommendations.findIndex(
          (r) => r.product_id === id
        )
      const before = await rankOf(mat)
      expect(before).toBeGreaterThan(3)

      // Twelve shoppers put the grinder and the yoga mat in their carts: an odd pair by meaning.
      for (let shopper = 0; shopper < 12; shopper++) {
        const response = await http.post(
          "/store/recommendations/events",
          {
            session_id: `pair-${shopper}`,
            events: [
              { type: "add_to_cart", product_id: grinder },
              { type: "add_to_cart", product_id: mat },
            ],
          },
          catalog.store
        )
        expect(response.data.accepted).toBe(2)
      }
      const rebuild = await http.post("/admin/recommendations/rebuild", {}, catalog.admin)
      expect(rebuild.data).toEqual(
        expect.objectContaining({ interactions: 24, items: 11, snapshot_id: expect.any(String) })
      )
      const service: RecommendationModuleService = getContainer().resolve(RECOMMENDATION_MODULE)
      await service.refreshBehaviourModel()

      const body = await recommend(grinder, "?limit=50")
      const after = body.recommendations.findIndex((r) => r.product_id === mat)
      expect(after).toBeLessThan(before)
      expect(after).toBeLessThanOrEqual(1)
      expect(body.recommendations[after].reasons).toContainEqual({
        type: "also_interacted",
        product_id: grinder,
        support: 12,
      })

      // The model lives in this process beyond the database restore between tests: relearn
      // from no interactions so the next tests see the catalog as it was.
      for (let shopper = 0; shopper < 12; shopper++) {
        await service.eraseShopperInteractions({ session_id: `pair-${shopper}` })
      }
      await http.post("/admin/recommendations/rebuild", {}, catalog.admin)
      await service.refreshBehaviourModel()
    })

    it("answers natural-language queries with matching visible products", async () => {
      const search = async (q: string, extra = "") =>
        (
          await http.get(
            `/store/recommendations/search?q=${encodeURIComponent(q)}${extra}`,
            catalog.store
          )
        ).data as StoreProductRecommendationsResponse

      const coffee = await search("something to brew pour-over coffee at home", "&limit=3")
      expect(coffee.count).toBe(3)
      for (const id of coffee.recommendations.map((r) => r.product_id)) {
        expect(catalog.ids.coffee).toContain(id)
      }
      expect(coffee.recommendations[0].reasons[0]).toEqual({
        type: "matches_query",
        similarity: expect.any(Number),
      })
      const night = await search("staying visible when jogging in the dark", "&limit=1")
      expect(night.products[0].title).toBe("Reflective Running Vest")
      const all = await search("coffee grinder", "&limit=50")
      const ids = all.recommendations.map((r) => r.product_id)
      expect(ids).not.toContain(catalog.draftCoffeeId)
      expect(ids).not.toContain(catalog.otherChannelCoffeeId)

      for (const [q, named] of [
        ["", "q"],
        ["   ", "q"],
        ["x".repeat(501), "500"],
      ]) {
        const error = await http
          .get(`/store/recommendations/search?q=${q}`, catalog.store)
          .catch((e) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toContain(named)
      }
      const missing = await http
        .get(`/store/recommendations/search`, catalog.store)
        .catch((e) => e.response)
      expect(missing.status).toBe(400)
    })

    it("personalizes from a shopper's history and falls back to trending without one", async () => {
      const forShopper = async (query: string) =>
        (await http.get(`/store/recommendations${query}`, catalog.store))
          .data as StoreRecommendationsResponse
      const [grinder, dripper] = catalog.ids.coffee
      const viewed = await http.post(
        "/store/recommendations/events",
        {
          session_id: "coffee-fan",
          events: [
            { type: "view", product_id: grinder },
            { type: "view", product_id: dripper },
          ],
        },
        catalog.store
      )
      expect(viewed.data.accepted).toBe(2)

      const body = await forShopper("?session_id=coffee-fan&limit=2")
      expect(body.fallback).toBe(false)
      expect(body.count).toBe(2)
      for (const recommendation of body.recommendations) {
        expect(catalog.ids.coffee).toContain(recommendation.product_id)
        expect(recommendation.reasons.map((r) => r.type)).toContain("because_you_viewed")
      }

      const stranger = await forShopper("?session_id=nobody-yet&limit=3")
      expect(stranger.fallback).toBe(true)
      const anonymous = await forShopper("?limit=3")
      expect(anonymous.fallback).toBe(true)
      // No shopper has done anything in this store yet: the newest products stand in.
      expect(anonymous.count).toBe(3)
      expect(anonymous.recommendations[0].reasons).toEqual([
        { type: "fallback", cause: "no_shopper_activity" },
        { type: "newest" },
      ])
      expect(anonymous.recommendations.map((r) => r.product_id)).not.toContain(
        catalog.draftCoffeeId
      )

      const invalid = await http
        .get("/store/recommendations?session_id=bad%20id", catalog.store)
        .catch((e) => e.response)
      expect(invalid.status).toBe(400)
      expect(invalid.data.message).toContain("session_id")
    })

    it("reports the embedding pipeline and re-embeds on demand", async () => {
      const service: RecommendationModuleService = getContainer().resolve(RECOMMENDATION_MODULE)
      const status = async () =>
        (await http.get("/admin/recommendations/status", catalog.admin)).data.status
      expect(await status()).toEqual(
        expect.objectContaining({
          provider: "universal-sentence-encoder-lite",
          dimensions: 512,
          products: 11,
          counts: { pending: 0, ready: 11, failed: 0, total: 11 },
          coverage: 1,
          oldest_pending_seconds: null,
          failures: [],
        })
      )

      const [mug] = catalog.ids.running
      await service.removeEmbeddingsOfProducts([mug])
      expect((await status()).coverage).toBeCloseTo(10 / 11, 5)
      const reindex = await http.post(
        "/admin/recommendations/reindex",
        { product_ids: [mug] },
        catalog.admin
      )
      expect(reindex.status).toBe(202)
      expect(reindex.data.queued).toBe(1)
      await waitForEmbeddings(getContainer(), [mug])
      expect((await status()).coverage).toBe(1)

      const bad = await http
        .post("/admin/recommendations/reindex", { product_ids: [] }, catalog.admin)
        .catch((e) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("product_ids")
      const anonymous = await http.get("/admin/recommendations/status").catch((e) => e.response)
      expect(anonymous.status).toBe(401)
    })

    it("re-embeds an updated product and drops a deleted one", async () => {
      const container = getContainer()
      const [mat, block] = catalog.ids.yoga
      const similarity = async (source: string, target: string) =>
        (await recommend(source, "?limit=50")).recommendations.find((r) => r.product_id === target)
          ?.score
      const grinderTop4 = async () =>
        (await recommend(catalog.grinderId, "?limit=4")).recommendations.map((r) => r.product_id)
      const blockToMatBefore = await similarity(block, mat)
      expect(await grinderTop4()).not.toContain(mat)

      const eventBus = container.resolve(Modules.EVENT_BUS)
      const updated = TestEventUtils.waitSubscribersExecution("product.updated", eventBus)
      // Turn the mat into a coffee product: it moves next to the grinder, away from the block.
      await http.post(
        `/admin/products/${mat}`,
        {
          title: "Coffee Bean Storage Canister",
          description: "Airtight canister keeping coffee beans fresh.",
        },
        catalog.admin
      )
      await updated
      await waitForEmbeddings(container, [mat])
      expect(await grinderTop4()).toContain(mat)
      expect(await similarity(block, mat)).toBeLessThan(blockToMatBefore as number)

      const deleted = TestEventUtils.waitSubscribersExecution("product.deleted", eventBus)
      await http.delete(`/admin/products/${mat}`, catalog.admin)
      await deleted
      const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
      expect((await service.countEmbeddingsByStatus([mat])).total).toBe(0)
      const afterDelete = await recommend(catalog.grinderId, "?limit=50")
      expect(afterDelete.recommendations.map((r) => r.product_id)).not.toContain(mat)
      expect(afterDelete.recommendations.map((r) => r.product_id)).toContain(block)
    })
  },
})
