import type { AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  StoreProductRecommendationsResponse,
  StoreRecommendationsSearchResponse,
} from "../../src/types/http"
import { createAdminHeaders, type Headers } from "../helpers/admin"
import {
  createCategory,
  createProduct,
  createRegion,
  createSalesChannel,
  createStockLocation,
  createStoreHeaders,
  prepareRecommendations,
  stockVariant,
  type TestProductInput,
} from "../helpers/catalog"

jest.setTimeout(300_000)

type Name = "grinder" | "dripper" | "kettle" | "frother" | "beans" | "mug" | "canister" | "mat"
type Fixture = Omit<TestProductInput, "sales_channel_id" | "category_id"> & {
  category?: "coffee" | "kitchen"
}

// Prices in EUR. Stock: the dripper is stocked in the web shop's warehouse, the frother only in
// the wholesale depot (so not buyable in the web shop), the kettle nowhere; the rest untracked.
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
    price: 12,
    manage_inventory: true,
  },
  kettle: {
    title: "Gooseneck Coffee Kettle",
    description: "Electric kettle with a precise spout for pour-over coffee.",
    category: "coffee",
    price: 60,
    manage_inventory: true,
  },
  frother: {
    title: "Milk Frother for Coffee",
    description: "Whisks milk into foam for cappuccino and latte coffee.",
    category: "coffee",
    price: 40,
    manage_inventory: true,
  },
  beans: {
    title: "Espresso Coffee Beans",
    description: "Dark roast whole coffee beans for rich espresso shots.",
    category: "coffee",
    price: 18,
  },
  mug: {
    title: "Ceramic Coffee Mug",
    description: "A large ceramic mug for coffee and tea.",
    category: "kitchen",
    price: 9,
  },
  canister: {
    title: "Coffee Canister",
    description: "Airtight canister that keeps coffee beans fresh.",
    category: "kitchen",
    price: 22,
  },
  mat: {
    title: "Non-Slip Yoga Mat",
    description: "Thick cushioned mat for yoga, pilates and stretching.",
    price: 30,
  },
}

type Catalog = {
  admin: Headers
  store: Headers
  regionId: string
  id: Record<Name, string>
  nameOf: Map<string, Name>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const catalog = {} as Catalog

    const get = async <Body>(path: string) => (await http.get(path, catalog.store)).data as Body
    const similarTo = (name: Name, query: string) =>
      get<StoreProductRecommendationsResponse>(
        `/store/products/${catalog.id[name]}/recommendations?limit=50&region_id=${catalog.regionId}&${query}`
      )
    const names = (body: StoreProductRecommendationsResponse) =>
      body.recommendations.map((r) => catalog.nameOf.get(r.product_id))
    const priceOf = (product: StoreProductRecommendationsResponse["products"][number]) =>
      product.variants?.[0].calculated_price?.calculated_amount
    const badRequest = async (path: string) => {
      const error = await http.get(path, catalog.store).catch((e) => e.response)
      expect(error.status).toBe(400)
      return error.data.message as string
    }

    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const webShop = await createSalesChannel(http, admin, "Web shop")
      const wholesale = await createSalesChannel(http, admin, "Wholesale")
      const region = await createRegion(http, admin)
      const warehouse = await createStockLocation(http, admin, "Warehouse", [webShop.id])
      const depot = await createStockLocation(http, admin, "Depot", [wholesale.id])
      const categories = {
        coffee: await createCategory(http, admin, "Coffee"),
        kitchen: await createCategory(http, admin, "Kitchen"),
      }
      const id = {} as Record<Name, string>
      for (const [name, { category, ...input }] of Object.entries(PRODUCTS)) {
        const product = await createProduct(http, admin, {
          ...input,
          category_id: category && categories[category].id,
          sales_channel_id: webShop.id,
        })
        id[name as Name] = product.id
      }
      await stockVariant(http, admin, id.dripper, warehouse.id, 5)
      await stockVariant(http, admin, id.frother, depot.id, 10)
      await prepareRecommendations(http, admin, container, Object.values(id))

      Object.assign(catalog, {
        admin,
        store: await createStoreHeaders(http, admin, [webShop.id]),
        regionId: region.id,
        id,
        nameOf: new Map(Object.entries(id).map(([name, productId]) => [productId, name as Name])),
      })
    })

    it("keeps only products a shopper can buy now in this channel with in_stock=true", async () => {
      const everything = names(await similarTo("grinder", ""))
      expect(everything).toEqual(expect.arrayContaining(["kettle", "frother", "dripper"]))

      const inStock = names(await similarTo("grinder", "in_stock=true"))
      expect(inStock).not.toContain("kettle") // tracked, no stock anywhere
      expect(inStock).not.toContain("frother") // stock only in another channel's location
      expect(inStock).toEqual(expect.arrayContaining(["dripper", "beans", "mug", "canister"]))
      expect(inStock).toHaveLength(everything.length - 2)

      const search = await get<StoreRecommendationsSearchResponse>(
        `/store/recommendations/search?q=coffee&limit=50&in_stock=true&region_id=${catalog.regionId}`
      )
      expect(names(search)).not.toContain("kettle")
      expect(names(search)).toContain("dripper")

      expect(await badRequest(`/store/recommendations?in_stock=perhaps`)).toContain("in_stock")
    })

    it("keeps prices within min_price..max_price in the region's currency", async () => {
      const body = await similarTo("grinder", "min_price=15&max_price=30")
      expect(names(body).sort()).toEqual(["beans", "canister", "mat"])
      for (const product of body.products) {
        expect(priceOf(product)).toBeGreaterThanOrEqual(15)
        expect(priceOf(product)).toBeLessThanOrEqual(30)
      }
      const cheap = await get<StoreRecommendationsSearchResponse>(
        `/store/recommendations/search?q=coffee&limit=50&max_price=10&region_id=${catalog.regionId}`
      )
      expect(names(cheap)).toEqual(["mug"])
      expect(cheap.price_range).toEqual({ min: null, max: 10, currency_code: "eur" })

      expect(await badRequest(`/store/recommendations?min_price=30&max_price=10`)).toContain(
        "min_price"
      )
      expect(await badRequest(`/store/recommendations?max_price=-1`)).toContain("max_price")
      // Without prices in the response there is no currency to compare in.
      expect(
        await badRequest(
          `/store/products/${catalog.id.grinder}/recommendations?fields=id&min_price=1`
        )
      ).toContain("min_price")
    })

    it("reads a price bound written in a search query", async () => {
      const search = (q: string, extra = "") =>
        get<StoreRecommendationsSearchResponse>(
          `/store/recommendations/search?q=${encodeURIComponent(q)}&limit=50&region_id=${catalog.regionId}${extra}`
        )
      const gift = await search("a gift for a coffee lover under 20")
      expect(gift.query).toBe("a gift for a coffee lover")
      expect(gift.price_range).toEqual({ min: null, max: 20, currency_code: "eur" })
      expect(names(gift).sort()).toEqual(["beans", "dripper", "mug"])

      // Explicit parameters win over words.
      const explicit = await search("a gift for a coffee lover under 20", "&max_price=25")
      expect(explicit.price_range?.max).toBe(25)
      expect(names(explicit)).toEqual(expect.arrayContaining(["grinder", "canister"]))
    })

    it("caps the products of one category with max_per_category", async () => {
      const categoryOf = (name: Name | undefined) => (name && PRODUCTS[name].category) ?? "none"
      const count = (list: (Name | undefined)[], category: string) =>
        list.filter((name) => categoryOf(name) === category).length

      const uncapped = names(await similarTo("grinder", ""))
      expect(count(uncapped, "coffee")).toBeGreaterThan(1)

      const capped = names(await similarTo("grinder", "max_per_category=1"))
      expect(count(capped, "coffee")).toBe(1)
      expect(count(capped, "kitchen")).toBe(1)
      // The best-ranked coffee product keeps its place.
      expect(capped[0]).toBe(uncapped[0])

      const search = await get<StoreRecommendationsSearchResponse>(
        `/store/recommendations/search?q=coffee&max_per_category=2&region_id=${catalog.regionId}`
      )
      expect(count(names(search), "coffee")).toBe(2)
      expect(await badRequest(`/store/recommendations?max_per_category=0`)).toContain(
        "max_per_category"
      )
    })

    it("blends a known shopper's taste into search", async () => {
      await http.post(
        "/store/recommendations/events",
        {
          session_id: "kitchen-fan",
          events: [
            { type: "view", product_id: catalog.id.mug },
            { type: "view", product_id: catalog.id.canister },
          ],
        },
        catalog.store
      )
      const search = (extra: string) =>
        get<StoreRecommendationsSearchResponse>(
          `/store/recommendations/search?q=coffee&limit=50&diversity=0&region_id=${catalog.regionId}${extra}`
        )
      const anonymous = await search("")
      const fan = await search("&session_id=kitchen-fan")
      for (const item of anonymous.recommendations) expect(item.components?.profile).toBe(0)
      const profileOf = (name: Name) =>
        fan.recommendations.find((r) => catalog.nameOf.get(r.product_id) === name)?.components
          ?.profile ?? 0
      expect(profileOf("mug")).toBeGreaterThan(0)
      expect(profileOf("mug")).toBeGreaterThan(profileOf("mat"))
      const rank = (body: StoreRecommendationsSearchResponse, name: Name) =>
        names(body).indexOf(name)
      expect(rank(fan, "canister")).toBeLessThanOrEqual(rank(anonymous, "canister"))
      expect(fan.recommendations[rank(fan, "mug")].reasons.map((r) => r.type)).toContain(
        "matches_profile"
      )
    })
  },
})
