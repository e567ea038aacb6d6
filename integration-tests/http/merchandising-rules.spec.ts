import type { AxiosInstance } from "axios"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type {
  AdminMerchandisingRule,
  AdminMerchandisingRulesResponse,
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
  type TestProductInput,
} from "../helpers/catalog"

jest.setTimeout(300_000)

type Name =
  | "grinder"
  | "dripper"
  | "kettle"
  | "beans"
  | "press"
  | "shoes"
  | "socks"
  | "vest"
  | "mat"
  | "block"
type Category = "coffee" | "running" | "yoga"
type Fixture = Omit<TestProductInput, "sales_channel_id" | "category_id"> & { category: Category }

// Prices in EUR (25 when absent). The vest tracks stock and has none: never "in stock".
const PRODUCTS: Record<Name, Fixture> = {
  grinder: {
    title: "Conical Burr Coffee Grinder",
    description: "Grinds coffee beans evenly for espresso and pour-over brewing.",
    category: "coffee",
  },
  dripper: {
    title: "Pour-Over Coffee Dripper",
    description: "Ceramic cone dripper for brewing filter coffee by hand.",
    category: "coffee",
  },
  kettle: {
    title: "Gooseneck Coffee Kettle",
    description: "Electric kettle with a precise spout for pour-over coffee.",
    category: "coffee",
  },
  beans: {
    title: "Espresso Coffee Beans",
    description: "Dark roast whole coffee beans for rich espresso shots.",
    category: "coffee",
  },
  press: {
    title: "French Press Coffee Maker",
    description: "Glass French press that brews rich, full-bodied coffee.",
    category: "coffee",
  },
  shoes: {
    title: "Trail Running Shoes",
    description: "Grippy running shoes with a cushioned sole for muddy trails.",
    category: "running",
  },
  socks: {
    title: "Running Socks",
    description: "Breathable cushioned socks that prevent blisters on long runs.",
    category: "running",
  },
  vest: {
    title: "Reflective Running Vest",
    description: "Lightweight high-visibility vest for running at night.",
    category: "running",
    manage_inventory: true,
  },
  mat: {
    title: "Non-Slip Yoga Mat",
    description: "Thick cushioned mat for yoga, pilates and stretching.",
    category: "yoga",
    price: 80,
  },
  block: {
    title: "Cork Yoga Block",
    description: "Firm cork block that supports yoga poses and balance.",
    category: "yoga",
  },
}

type Fixtures = {
  admin: Headers
  store: Headers
  regionId: string
  id: Record<Name, string>
  categoryId: Record<Category, string>
  draftId: string
  wholesaleId: string
}

type RuleBody = Partial<Omit<AdminMerchandisingRule, "id" | "created_at" | "updated_at">>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const fx = {} as Fixtures

    const get = async <Body>(path: string, headers = fx.store) =>
      (await http.get(path, headers)).data as Body
    const similar = (name: Name, query = "?limit=5") =>
      get<StoreProductRecommendationsResponse>(
        `/store/products/${fx.id[name]}/recommendations${query}`
      )
    const boughtTogether = (name: Name, query = "?limit=10") =>
      get<StoreProductRecommendationsResponse>(
        `/store/products/${fx.id[name]}/frequently-bought-together${query}`
      )
    const forShopper = (query: string) =>
      get<StoreRecommendationsResponse>(`/store/recommendations${query}`)
    const search = (query: string) =>
      get<StoreProductRecommendationsResponse>(`/store/recommendations/search${query}`)
    const ids = (body: StoreProductRecommendationsResponse) =>
      body.recommendations.map((r) => r.product_id)
    const reasonsOf = (body: StoreProductRecommendationsResponse, productId: string) =>
      body.recommendations.find((r) => r.product_id === productId)?.reasons ?? []

    const createRule = async (body: RuleBody) =>
      (await http.post("/admin/recommendations/rules", body, fx.admin)).data
        .rule as AdminMerchandisingRule
    const deleteRule = (id: string) => http.delete(`/admin/recommendations/rules/${id}`, fx.admin)
    const failure = (request: Promise<unknown>) =>
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
      const wholesale = await createSalesChannel(http, admin, "Wholesale")
      const categoryId = {
        coffee: (await createCategory(http, admin, "Coffee")).id,
        running: (await createCategory(http, admin, "Running")).id,
        yoga: (await createCategory(http, admin, "Yoga")).id,
      }
      const id = {} as Record<Name, string>
      for (const [name, { category, ...product }] of Object.entries(PRODUCTS)) {
        id[name as Name] = (
          await createProduct(http, admin, {
            ...product,
            category_id: categoryId[category],
            sales_channel_id: channel.id,
          })
        ).id
      }
      const draft = await createProduct(http, admin, {
        title: "Flat Burr Coffee Grinder (draft)",
        description: "Grinds coffee beans evenly for espresso and pour-over brewing.",
        category_id: categoryId.coffee,
        sales_channel_id: channel.id,
        status: "draft",
      })
      const wholesaleOnly = await createProduct(http, admin, {
        title: "Hand Coffee Grinder",
        description: "Manual burr grinder for coffee beans, for espresso and pour-over.",
        category_id: categoryId.coffee,
        sales_channel_id: wholesale.id,
      })
      // Two orders hold the grinder, the dripper and the beans: they are bought together.
      const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
      await service.recordInteractions(
        ["order_a", "order_b"].flatMap((order_id) =>
          [id.grinder, id.dripper, id.beans].map((product_id) => ({
            type: "purchase" as const,
            product_id,
            order_id,
            customer_id: `cus_${order_id}`,
          }))
        )
      )
      const store = await createStoreHeaders(http, admin, [channel.id])
      // A guest who looked at coffee gear gets personalized coffee picks.
      await http.post(
        "/store/recommendations/events",
        {
          session_id: "coffee-fan",
          events: [
            { type: "view", product_id: id.grinder },
            { type: "view", product_id: id.kettle },
          ],
        },
        store
      )
      await prepareRecommendations(http, admin, container, [
        ...Object.values(id),
        draft.id,
        wholesaleOnly.id,
      ])
      Object.assign(fx, {
        admin,
        store,
        regionId: (await createRegion(http, admin)).id,
        id,
        categoryId,
        draftId: draft.id,
        wholesaleId: wholesaleOnly.id,
      })
    })

    // The runner restores the database before each test, behind the back of the rule cache.
    beforeEach(() => {
      getContainer()
        .resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
        .invalidateMerchandisingRules()
    })

    it("needs an admin for every rule route", async () => {
      const requests = [
        http.get("/admin/recommendations/rules"),
        http.post("/admin/recommendations/rules", { action: "exclude" }),
        http.post("/admin/recommendations/rules/rrule_x", { active: false }),
        http.delete("/admin/recommendations/rules/rrule_x"),
      ]
      // Each is caught as it is made: one that fails before its turn is no unhandled rejection.
      for (const answer of requests.map(failure)) expect((await answer).status).toBe(401)
    })

    it("creates, lists, filters, updates and deletes rules", async () => {
      const pin = await createRule({
        action: "pin",
        scope: "product",
        scope_id: fx.id.grinder,
        placement: "similar",
        product_id: fx.id.mat,
        position: 2,
        note: "spring campaign",
      })
      expect(pin).toEqual({
        id: expect.stringMatching(/^rrule_/),
        action: "pin",
        scope: "product",
        scope_id: fx.id.grinder,
        placement: "similar",
        product_id: fx.id.mat,
        position: 2,
        strength: null,
        active: true,
        note: "spring campaign",
        created_at: expect.any(String),
        updated_at: expect.any(String),
      })
      expect(new Date(pin.created_at).toISOString()).toBe(pin.created_at)
      const exclude = await createRule({ action: "exclude", scope: "all", product_id: fx.id.vest })
      expect(exclude).toMatchObject({ scope_id: null, placement: null, position: null })
      const curate = await createRule({
        action: "curate",
        scope: "category",
        scope_id: fx.categoryId.coffee,
        product_id: fx.id.socks,
      })

      const list = (query = "") =>
        get<AdminMerchandisingRulesResponse>(`/admin/recommendations/rules${query}`, fx.admin)
      const all = await list()
      expect(all).toMatchObject({ count: 3, limit: 50, offset: 0 })
      expect(all.rules.map((rule) => rule.id)).toEqual([curate.id, exclude.id, pin.id])
      expect(all.rules[2]).toEqual(pin)
      const byId = async (query: string) => (await list(query)).rules.map((rule) => rule.id)
      expect(await byId(`?scope=product&scope_id=${fx.id.grinder}`)).toEqual([pin.id])
      expect(await byId(`?product_id=${fx.id.vest}`)).toEqual([exclude.id])
      expect(await byId("?placement=similar")).toEqual([pin.id])
      expect(await byId("?scope=category")).toEqual([curate.id])
      const page = await list("?limit=1&offset=1")
      expect(page).toMatchObject({ count: 3, limit: 1, offset: 1 })
      expect(page.rules.map((rule) => rule.id)).toEqual([exclude.id])

      const update = async (id: string, body: RuleBody) =>
        (await http.post(`/admin/recommendations/rules/${id}`, body, fx.admin)).data
          .rule as AdminMerchandisingRule
      const moved = await update(pin.id, { position: 3, note: null })
      expect(moved).toMatchObject({
        position: 3,
        note: null,
        action: "pin",
        scope_id: fx.id.grinder,
      })
      // Another action drops the fields it does not use.
      expect(await update(pin.id, { action: "boost", strength: 0.4 })).toMatchObject({
        action: "boost",
        strength: 0.4,
        position: null,
      })
      expect(await update(exclude.id, { active: false })).toMatchObject({ active: false })

      const deleted = await deleteRule(curate.id)
      expect(deleted.data).toEqual({ id: curate.id, object: "recommendation_rule", deleted: true })
      expect((await list()).count).toBe(2)
      // Deleting twice is fine; changing a deleted rule is not.
      expect((await deleteRule(curate.id)).status).toBe(200)
      const gone = await failure(
        http.post(`/admin/recommendations/rules/${curate.id}`, { note: "x" }, fx.admin)
      )
      expect(gone.status).toBe(404)
    })

    it("answers 400 naming the field for rules that do not make sense", async () => {
      const product = fx.id.mat
      const rejected = async (body: Record<string, unknown>, field: string) => {
        const response = await failure(http.post("/admin/recommendations/rules", body, fx.admin))
        expect({ body, status: response.status }).toEqual({ body, status: 400 })
        expect(response.data.message).toContain(field)
      }
      await rejected({ action: "pin", scope: "all", product_id: product }, "position")
      await rejected({ action: "pin", scope: "all", product_id: product, position: 0 }, "position")
      await rejected(
        { action: "pin", scope: "all", product_id: product, position: 101 },
        "position"
      )
      await rejected(
        { action: "pin", scope: "all", product_id: product, position: 1.5 },
        "position"
      )
      await rejected({ action: "boost", scope: "all", product_id: product }, "strength")
      await rejected({ action: "bury", scope: "all", product_id: product, strength: 0 }, "strength")
      await rejected(
        { action: "boost", scope: "all", product_id: product, strength: 2 },
        "strength"
      )
      await rejected(
        { action: "exclude", scope: "all", product_id: product, strength: 0.5 },
        "strength"
      )
      await rejected({ action: "exclude", scope: "product", product_id: product }, "scope_id")
      await rejected(
        { action: "exclude", scope: "all", scope_id: fx.id.grinder, product_id: product },
        "scope_id"
      )
      await rejected({ action: "hide", scope: "all", product_id: product }, "action")
      await rejected({ action: "exclude", scope: "all" }, "product_id")
      await rejected(
        { action: "exclude", scope: "all", product_id: product, placement: "homepage" },
        "placement"
      )
      await rejected(
        { action: "exclude", scope: "all", product_id: product, color: "red" },
        "color"
      )
      // What the rule names must exist.
      await rejected({ action: "exclude", scope: "all", product_id: "prod_missing" }, "product_id")
      await rejected(
        { action: "exclude", scope: "product", scope_id: "prod_missing", product_id: product },
        "scope_id"
      )
      await rejected(
        { action: "exclude", scope: "category", scope_id: "pcat_missing", product_id: product },
        "scope_id"
      )

      // An update is checked as the whole rule it makes.
      const pin = await createRule({
        action: "pin",
        scope: "all",
        product_id: product,
        position: 1,
      })
      for (const [body, field] of [
        [{ position: null }, "position"],
        [{ action: "bury" }, "strength"],
        [{ scope: "category" }, "scope_id"],
        [{ product_id: "prod_missing" }, "product_id"],
        [{ position: "first" }, "position"],
      ] as const) {
        const response = await failure(
          http.post(`/admin/recommendations/rules/${pin.id}`, body, fx.admin)
        )
        expect({ body, status: response.status }).toEqual({ body, status: 400 })
        expect(response.data.message).toContain(field)
      }
      const listed = await failure(http.get("/admin/recommendations/rules?limit=0", fx.admin))
      expect(listed.status).toBe(400)
      expect(listed.data.message).toContain("limit")
      expect(
        (await failure(http.get("/admin/recommendations/rules?placement=nowhere", fx.admin))).status
      ).toBe(400)
    })

    it("answers any body or query with a deliberate 2xx or 4xx, never a 5xx", async () => {
      const text = fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom("\u0000", "%00", "' OR 1=1 --", "x".repeat(5000), "🛒", "prod_", "null")
      )
      const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }))
      const id = fc.oneof(fc.constantFrom(fx.id.mat, fx.id.grinder, fx.categoryId.coffee), text)
      const ruleLike = fc.record(
        {
          action: fc.oneof(fc.constantFrom("pin", "boost", "bury", "exclude", "curate"), anything),
          scope: fc.oneof(fc.constantFrom("all", "product", "category"), anything),
          scope_id: fc.oneof(id, anything),
          placement: fc.oneof(fc.constantFrom("similar", "search", null), anything),
          product_id: fc.oneof(id, anything),
          position: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), anything),
          strength: fc.oneof(fc.double({ min: -1, max: 2 }), anything),
          active: anything,
          note: anything,
        },
        { requiredKeys: [] }
      )
      const existing = await createRule({ action: "exclude", scope: "all", product_id: fx.id.mat })
      const deliberate = async (request: Promise<{ status: number }>) => {
        const status = await request.then(
          (response) => response.status,
          (error: { response?: { status: number } }) => {
            if (!error.response) throw error // a dropped connection is a crash
            return error.response.status
          }
        )
        expect(status).toBeLessThan(500)
      }
      const json = { headers: { ...fx.admin.headers, "content-type": "application/json" } }
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(ruleLike, anything),
          fc.oneof(fc.constant(existing.id), text),
          async (body, ruleId) => {
            // Serialized here: axios refuses bare JSON scalars as a body, a server must not.
            const payload = JSON.stringify(body) ?? "null"
            await deliberate(http.post("/admin/recommendations/rules", payload, json))
            const path = `/admin/recommendations/rules/${encodeURIComponent(ruleId)}`
            await deliberate(http.post(path, payload, json))
            if (ruleId !== existing.id) await deliberate(http.delete(path, fx.admin))
          }
        ),
        { numRuns: 60, seed: 20261122 }
      )
      const queries = fc.array(
        fc.tuple(
          fc.constantFrom("scope", "scope_id", "product_id", "placement", "limit", "offset", "x"),
          text
        ),
        { maxLength: 4 }
      )
      await fc.assert(
        fc.asyncProperty(queries, async (pairs) => {
          const query = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&")
          await deliberate(http.get(`/admin/recommendations/rules?${query}`, fx.admin))
        }),
        { numRuns: 60, seed: 20261122 }
      )
      // Still serving lists.
      expect((await similar("grinder")).count).toBe(5)
    })

    it("pins a product at its position in the similar list, whatever diversity and the category cap do", async () => {
      const baseline = ids(await similar("grinder"))
      expect(baseline).toHaveLength(5)
      expect(baseline).not.toContain(fx.id.mat)

      const pin = await createRule({
        action: "pin",
        scope: "product",
        scope_id: fx.id.grinder,
        placement: "similar",
        product_id: fx.id.mat,
        position: 2,
      })
      const pinned = await similar("grinder")
      expect(ids(pinned)).toEqual([baseline[0], fx.id.mat, ...baseline.slice(1, 4)])
      expect(pinned.products[1].id).toBe(fx.id.mat)
      expect(pinned.recommendations[1].reasons[0]).toEqual({ type: "pinned", position: 2 })
      for (const query of ["?limit=5&diversity=1", "?limit=5&max_per_category=1"]) {
        expect(ids(await similar("grinder", query))[1]).toBe(fx.id.mat)
      }
      // Only in the grinder's similar list: not its bought-together list, not another product's.
      expect(ids(await boughtTogether("grinder"))).not.toContain(fx.id.mat)
      expect(reasonsOf(await similar("dripper", "?limit=20"), fx.id.mat)).not.toContainEqual(
        expect.objectContaining({ type: "pinned" })
      )

      // A position past the end of the list means last.
      await http.post(`/admin/recommendations/rules/${pin.id}`, { position: 40 }, fx.admin)
      expect(ids(await similar("grinder"))).toEqual([...baseline.slice(0, 4), fx.id.mat])
      // An inactive rule does nothing, and deleting the rule gives the list back.
      await http.post(`/admin/recommendations/rules/${pin.id}`, { active: false }, fx.admin)
      expect(ids(await similar("grinder"))).toEqual(baseline)
      await http.post(`/admin/recommendations/rules/${pin.id}`, { active: true }, fx.admin)
      expect(ids(await similar("grinder"))).not.toEqual(baseline)
      await deleteRule(pin.id)
      expect(ids(await similar("grinder"))).toEqual(baseline)
    })

    it("never shows a pinned product the shopper may not see", async () => {
      const baseline = ids(await similar("grinder"))
      const pinFirst = (product_id: string) =>
        createRule({ action: "pin", scope: "all", product_id, position: 1 })

      // Unpublished, or not sold in the publishable key's sales channel.
      await pinFirst(fx.draftId)
      await pinFirst(fx.wholesaleId)
      expect(ids(await similar("grinder"))).toEqual(baseline)

      // Out of stock or out of the price range, when the request asks for those filters.
      const vest = await pinFirst(fx.id.vest)
      expect(ids(await similar("grinder"))[0]).toBe(fx.id.vest)
      expect(ids(await similar("grinder", "?limit=5&in_stock=true"))).not.toContain(fx.id.vest)
      await deleteRule(vest.id)
      await pinFirst(fx.id.mat)
      expect(ids(await similar("grinder"))[0]).toBe(fx.id.mat)
      const cheap = await similar("grinder", `?limit=5&region_id=${fx.regionId}&max_price=50`)
      expect(ids(cheap)).not.toContain(fx.id.mat)
      expect(ids(cheap)).toHaveLength(5)
    })

    it("removes an excluded product from every placement, fallback included", async () => {
      const lists = async () => ({
        similar: ids(await similar("grinder", "?limit=50")),
        bought_together: ids(await boughtTogether("grinder")),
        personalized: ids(await forShopper("?session_id=coffee-fan&limit=50")),
        // A shopper without history gets the fallback (trending, then newest products).
        fallback: ids(await forShopper("?limit=50")),
        search: ids(await search("?q=coffee&limit=50")),
      })
      const before = await lists()
      for (const list of Object.values(before)) expect(list).toContain(fx.id.dripper)

      // An exclusion for one placement leaves the others alone.
      const searchOnly = await createRule({
        action: "exclude",
        scope: "all",
        placement: "search",
        product_id: fx.id.dripper,
      })
      const partly = await lists()
      expect(partly.search).not.toContain(fx.id.dripper)
      expect(partly.similar).toContain(fx.id.dripper)
      await deleteRule(searchOnly.id)

      await createRule({ action: "exclude", scope: "all", product_id: fx.id.dripper })
      const after = await lists()
      for (const [placement, list] of Object.entries(after)) {
        expect({ placement, excluded: list.includes(fx.id.dripper) }).toEqual({
          placement,
          excluded: false,
        })
        const expected = before[placement as keyof typeof before].filter(
          (id) => id !== fx.id.dripper
        )
        expect(new Set(list)).toEqual(new Set(expected))
      }
    })

    it("shows a product curated for a category in the lists of that category's products", async () => {
      const curate = await createRule({
        action: "curate",
        scope: "category",
        scope_id: fx.categoryId.coffee,
        product_id: fx.id.socks,
      })
      for (const list of [await similar("dripper"), await boughtTogether("grinder")]) {
        expect(ids(list)[0]).toBe(fx.id.socks)
        expect(list.recommendations[0].reasons[0]).toEqual({ type: "curated" })
      }
      // Not in a running product's list, nor in lists without a source product.
      const curatedIn = (body: StoreProductRecommendationsResponse) =>
        body.recommendations.some((r) => r.reasons.some((reason) => reason.type === "curated"))
      expect(curatedIn(await similar("shoes", "?limit=20"))).toBe(false)
      expect(curatedIn(await search("?q=running&limit=20"))).toBe(false)

      // A curated product with a position goes there.
      await http.post(`/admin/recommendations/rules/${curate.id}`, { position: 3 }, fx.admin)
      const placed = await similar("dripper", "?limit=5&diversity=0")
      expect(ids(placed)[2]).toBe(fx.id.socks)
      expect(placed.recommendations[2].reasons[0]).toEqual({ type: "curated" })
    })

    it("moves boosted products up and buried ones down by their strength", async () => {
      const query = "?limit=50&diversity=0"
      const baseline = (await similar("grinder", query)).recommendations
      const [first, , , fourth] = baseline
      const last = baseline[baseline.length - 1]
      const boost = await createRule({
        action: "boost",
        scope: "product",
        scope_id: fx.id.grinder,
        product_id: last.product_id,
        strength: 1,
      })
      const bury = await createRule({
        action: "bury",
        scope: "all",
        product_id: first.product_id,
        strength: 0.5,
      })
      const shifted = await createRule({
        action: "boost",
        scope: "all",
        product_id: fourth.product_id,
        strength: 0.05,
      })
      const adjusted = new Map([
        [last.product_id, 1],
        [first.product_id, Math.max(0, first.score - 0.5)],
        [fourth.product_id, Math.min(1, fourth.score + 0.05)],
      ])
      const expected = baseline
        .map((r) => ({ id: r.product_id, score: adjusted.get(r.product_id) ?? r.score }))
        .sort((a, b) => b.score - a.score)

      const body = await similar("grinder", query)
      expect(ids(body)).toEqual(expected.map((item) => item.id))
      expect(ids(body)[0]).toBe(last.product_id)
      expect(ids(body).indexOf(first.product_id)).toBeGreaterThan(0)
      const find = (id: string) => body.recommendations.find((r) => r.product_id === id)
      expect(find(last.product_id)).toMatchObject({ score: 1 })
      expect(find(last.product_id)?.reasons[0]).toEqual({ type: "boosted" })
      expect(find(first.product_id)?.score).toBeCloseTo(Math.max(0, first.score - 0.5), 4)
      expect(find(first.product_id)?.reasons[0]).toEqual({ type: "buried" })
      expect(find(first.product_id)?.reasons.slice(1)).toEqual(first.reasons)

      for (const rule of [boost, bury, shifted]) await deleteRule(rule.id)
      expect((await similar("grinder", query)).recommendations).toEqual(baseline)
    })

    it("pins in personalized and search lists with rules for every list", async () => {
      await createRule({
        action: "pin",
        scope: "all",
        placement: "personalized",
        product_id: fx.id.block,
        position: 2,
      })
      await createRule({
        action: "pin",
        scope: "all",
        placement: "search",
        product_id: fx.id.shoes,
        position: 1,
      })
      // A rule for one source product's lists touches neither.
      await createRule({
        action: "exclude",
        scope: "product",
        scope_id: fx.id.grinder,
        product_id: fx.id.kettle,
      })
      const personalized = await forShopper("?session_id=coffee-fan&limit=4")
      expect(ids(personalized)[1]).toBe(fx.id.block)
      expect(personalized.recommendations[1].reasons[0]).toEqual({ type: "pinned", position: 2 })
      expect(ids(personalized)).not.toContain(fx.id.shoes)
      const found = await search("?q=coffee&limit=4")
      expect(ids(found)[0]).toBe(fx.id.shoes)
      expect(ids(found)).not.toContain(fx.id.block)
      expect(ids(await search("?q=gooseneck%20kettle&limit=4"))).toContain(fx.id.kettle)
      expect(ids(await similar("grinder", "?limit=20"))).not.toContain(fx.id.kettle)
    })
  },
})
