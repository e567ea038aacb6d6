import type { AxiosInstance, AxiosResponse } from "axios"
import fc from "fast-check"
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { InteractionInput } from "../../src/modules/recommendation/service"
import type { Reason, StoreRecommendationsResponse } from "../../src/types/http"
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
import { createCustomerHeaders } from "../helpers/shopper"

jest.setTimeout(600_000)

// Properties of what a storefront may see, over random catalogs and random shopper behaviour.
// Seeded, so a failure reproduces; few runs, since each builds a catalog through the admin API.
const SEED = 20261123
const CATALOG_RUNS = 3
const SHOPPER_RUNS = 4

// Vectors from the mock server (hashed bags of words): fast, and texts sharing words are close.
const server = new MockEmbeddingServer({ dimensions: 48 })
beforeAll(async () => {
  await server.start()
  process.env.TEST_EMBEDDING_OPTIONS = JSON.stringify({
    provider: "huggingface",
    huggingface: { model: "mock/isolation", endpointUrl: server.url },
  })
})
afterAll(() => server.close())

const THEMES = [
  ["coffee", "espresso", "grinder", "kettle", "dripper"],
  ["running", "trail", "shoes", "socks", "vest"],
  ["garden", "trowel", "planter", "seeds", "hose"],
]

/**
 * What happens to a product after it was created, embedded and interacted with
 * ("removed_later": taken out of its first sales channel).
 */
const FATES = ["published", "draft", "unpublished_later", "deleted_later", "removed_later"] as const
type Fate = (typeof FATES)[number]

const productArb = fc.record({
  theme: fc.nat({ max: THEMES.length - 1 }),
  words: fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 2, maxLength: 3 }),
  // Channels 0..2 of the run; a product may be sold in several.
  channels: fc.uniqueArray(fc.nat({ max: 2 }), { minLength: 1, maxLength: 3 }),
  fate: fc.constantFrom<Fate>(...FATES),
})

const catalogArb = fc.record({
  products: fc.array(productArb, { minLength: 6, maxLength: 10 }),
  // Orders of 2-3 products (indices into the catalog), by shopper 0..3.
  orders: fc.array(
    fc.record({
      shopper: fc.nat({ max: 3 }),
      items: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 2, maxLength: 3 }),
    }),
    { minLength: 4, maxLength: 10 }
  ),
  views: fc.array(fc.record({ shopper: fc.nat({ max: 3 }), item: fc.nat({ max: 9 }) }), {
    minLength: 5,
    maxLength: 25,
  }),
  searches: fc.array(fc.nat({ max: 9 }), { minLength: 2, maxLength: 3 }),
})

/** The keys of a run: one per channel, one for two channels, one for a channel selling nothing. */
const KEYS = [
  { name: "channel 0", channels: [0] },
  { name: "channel 1", channels: [1] },
  { name: "channels 0+1", channels: [0, 1] },
  { name: "empty channel", channels: [3] },
]

/** Every plugin route file under `dir`, as [method, path] with `:id` for dynamic segments. */
function pluginRoutes(dir: string): [string, string][] {
  const root = path.join(__dirname, "../../src/api")
  const routes: [string, string][] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = path.join(folder, entry)
      if (statSync(full).isDirectory()) walk(full)
      else if (entry === "route.ts") {
        const url = path.relative(root, folder).split(path.sep).join("/")
        const source = readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/export const (GET|POST|DELETE) =/g)) {
          routes.push([method, `/${url.replace(/\[[^\]]+\]/g, ":id")}`])
        }
      }
    }
  }
  walk(path.join(root, dir))
  return routes.sort()
}

type StoreList = StoreRecommendationsResponse
type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    let admin: Headers
    let categoryIds: string[]
    let run = 0

    const send = (request: Promise<AxiosResponse>) =>
      request.catch((error) => {
        if (!error.response) throw error
        return error.response as AxiosResponse
      })
    const service = () => getContainer().resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer())
      categoryIds = []
      for (const theme of THEMES) categoryIds.push((await createCategory(http, admin, theme[0])).id)
    })

    /** Builds one generated catalog in fresh channels; returns what each key may see. */
    const buildCatalog = async (catalog: Generated<typeof catalogArb>) => {
      run++
      const channels: string[] = []
      for (let c = 0; c < 4; c++) {
        channels.push((await createSalesChannel(http, admin, `run ${run} channel ${c}`)).id)
      }
      const products: { id: string; title: string; fate: Fate; channels: number[] }[] = []
      for (const [i, spec] of catalog.products.entries()) {
        const theme = THEMES[spec.theme]
        const words = spec.words.map((w) => theme[w])
        const title = `${words.join(" ")} r${run}p${i}`
        const created = await createProduct(http, admin, {
          title,
          description: `A ${theme.join(" ")} product: ${words.join(", ")}.`,
          category_id: categoryIds[spec.theme],
          sales_channel_id: channels[spec.channels[0]],
          status: spec.fate === "draft" ? "draft" : "published",
        })
        for (const extra of spec.channels.slice(1)) {
          await http.post(
            `/admin/sales-channels/${channels[extra]}/products`,
            { add: [created.id] },
            admin
          )
        }
        products.push({ id: created.id, title, fate: spec.fate, channels: spec.channels })
      }
      await waitForEmbeddings(
        getContainer(),
        products.map((p) => p.id)
      )

      // Behaviour on every product, hidden ones included (bought before they were hidden).
      const at = (k: number) => products[k % products.length].id
      const interactions: InteractionInput[] = [
        ...catalog.orders.flatMap((order, o) =>
          [...new Set(order.items.map(at))].map((product_id) => ({
            type: "purchase" as const,
            product_id,
            session_id: `iso-r${run}-s${order.shopper}`,
            order_id: `order_r${run}_${o}`,
          }))
        ),
        ...catalog.views.map((view) => ({
          type: "view" as const,
          product_id: at(view.item),
          session_id: `iso-r${run}-s${view.shopper}`,
        })),
      ]
      await service().recordInteractions(interactions)

      for (const product of products) {
        if (product.fate === "unpublished_later") {
          await http.post(`/admin/products/${product.id}`, { status: "draft" }, admin)
        } else if (product.fate === "deleted_later") {
          await http.delete(`/admin/products/${product.id}`, admin)
        } else if (product.fate === "removed_later") {
          const [first, ...rest] = product.channels
          await http.post(
            `/admin/sales-channels/${channels[first]}/products`,
            { remove: [product.id] },
            admin
          )
          product.channels = rest
        }
      }
      await prepareRecommendations(http, admin, getContainer(), [])

      const keys = []
      for (const key of KEYS) {
        const visible = new Set(
          products
            .filter(
              (p) =>
                (p.fate === "published" || p.fate === "removed_later") &&
                p.channels.some((c) => key.channels.includes(c))
            )
            .map((p) => p.id)
        )
        const store = await createStoreHeaders(
          http,
          admin,
          key.channels.map((c) => channels[c])
        )
        keys.push({ ...key, store, visible })
      }
      const historyOf = (session: string) =>
        new Set(interactions.filter((i) => i.session_id === session).map((i) => i.product_id))
      return { products, keys, historyOf, interactions }
    }

    /** Fails with the route, the key and the offending product when a list shows a hidden one. */
    const expectOnlyVisible = (
      response: AxiosResponse,
      visible: Set<string>,
      where: string,
      source?: string
    ) => {
      if (response.status !== 200) {
        throw new Error(`${where}: ${response.status} ${JSON.stringify(response.data)}`)
      }
      const body = response.data as StoreList
      const shown = [
        ...body.products.map((p) => p.id),
        ...body.recommendations.map((r) => r.product_id),
      ]
      for (const id of shown) {
        if (!visible.has(id) || id === source) {
          throw new Error(`${where}: showed ${id}, which this key may not see`)
        }
      }
      expect(body.recommendations.map((r) => r.product_id)).toEqual(body.products.map((p) => p.id))
      return body
    }

    it("never shows a product outside the key's channels, unpublished or deleted, on any store route", async () => {
      await fc.assert(
        fc.asyncProperty(catalogArb, async (catalog) => {
          const { products, keys, historyOf, interactions } = await buildCatalog(catalog)
          const sessions = [...new Set(interactions.map((i) => i.session_id as string))]
          for (const key of keys) {
            const get = (url: string) => send(http.get(url, key.store))
            for (const product of products) {
              for (const route of ["recommendations", "frequently-bought-together"]) {
                const url = `/store/products/${product.id}/${route}?limit=50&fields=id`
                const response = await get(url)
                if (key.visible.has(product.id)) {
                  expectOnlyVisible(response, key.visible, `${key.name} ${url}`, product.id)
                } else {
                  // A hidden source is unknown to this store.
                  expect({ url, key: key.name, status: response.status }).toEqual({
                    url,
                    key: key.name,
                    status: 404,
                  })
                }
              }
            }
            for (const session of sessions) {
              const url = `/store/recommendations?session_id=${session}&limit=50&fields=id`
              const body = expectOnlyVisible(await get(url), key.visible, `${key.name} ${url}`)
              // A guest's picks are explained by their own history only.
              const history = historyOf(session)
              for (const reason of body.recommendations.flatMap((r) => r.reasons)) {
                if (reason.type === "because_you_viewed") {
                  expect(history.has(reason.product_id)).toBe(true)
                }
              }
            }
            // Searching for a product's exact words, hidden ones included.
            for (const k of catalog.searches) {
              const { title } = products[k % products.length]
              const url = `/store/recommendations/search?q=${encodeURIComponent(title)}&limit=50&fields=id`
              expectOnlyVisible(await get(url), key.visible, `${key.name} ${url}`)
            }
          }
        }),
        { numRuns: CATALOG_RUNS, seed: SEED, endOnFailure: true }
      )
    })

    it("bases a customer's picks on their own history only", async () => {
      const channel = await createSalesChannel(http, admin, "Shop")
      const store = await createStoreHeaders(http, admin, [channel.id])
      const ids: string[] = []
      for (const [t, theme] of THEMES.entries()) {
        for (let w = 0; w < theme.length; w++) {
          const words = [theme[w], theme[(w + 1) % theme.length]]
          const product = await createProduct(http, admin, {
            title: `${words.join(" ")} ${t}${w}`,
            description: `A ${theme.join(" ")} product: ${words.join(", ")}.`,
            category_id: categoryIds[t],
            sales_channel_id: channel.id,
          })
          ids.push(product.id)
        }
      }
      // Shared behaviour (other shoppers), so co-occurrence links products across themes.
      await service().recordInteractions(
        ids.flatMap((product_id, i) => [
          { type: "view" as const, product_id, session_id: `crowd-${i % 4}` },
          {
            type: "view" as const,
            product_id: ids[(i + 5) % ids.length],
            session_id: `crowd-${i % 4}`,
          },
        ])
      )
      await prepareRecommendations(http, admin, getContainer(), ids)

      const a = await createCustomerHeaders(http, store, "a@example.com")
      const b = await createCustomerHeaders(http, store, "b@example.com")
      const histories = new Map([
        [a.customer_id, new Set<string>()],
        [b.customer_id, new Set<string>()],
      ])
      /** A shopper's list, without the id every served list gets. */
      const picks = async (shopper: Headers) => {
        const { data } = await http.get("/store/recommendations?limit=50&fields=id", shopper)
        const { recommendation_id: _served, ...list } = data as StoreList
        return list
      }
      const record = async (
        shopper: Headers & { customer_id: string },
        events: { type: "view" | "add_to_cart"; product_id: string }[]
      ) => {
        await http.post("/store/recommendations/events", { events }, shopper)
        for (const event of events) histories.get(shopper.customer_id)?.add(event.product_id)
      }
      const reasonProducts = (list: Pick<StoreList, "recommendations">) =>
        list.recommendations
          .flatMap((r) => r.reasons)
          .filter(
            (reason): reason is Extract<Reason, { type: "because_you_viewed" }> =>
              reason.type === "because_you_viewed"
          )
          .map((reason) => reason.product_id)

      // Two customers with disjoint histories, each round.
      const historyArb = fc
        .shuffledSubarray(
          ids.map((_, i) => i),
          { minLength: 4, maxLength: 8 }
        )
        .chain((picked) =>
          fc.record({
            a: fc.constant(picked.slice(0, picked.length >> 1)),
            b: fc.constant(picked.slice(picked.length >> 1)),
            types: fc.array(fc.constantFrom("view" as const, "add_to_cart" as const), {
              minLength: picked.length,
              maxLength: picked.length,
            }),
          })
        )
      await fc.assert(
        fc.asyncProperty(historyArb, async (round) => {
          const events = (indices: number[], offset: number) =>
            indices.map((index, i) => ({ type: round.types[offset + i], product_id: ids[index] }))
          await record(a, events(round.a, 0))
          const before = await picks(a)
          // B's activity, and a guest's, leave A's picks exactly as they were.
          await record(b, events(round.b, round.a.length))
          await http.post(
            "/store/recommendations/events",
            { session_id: `guest-${run}`, events: events(round.b, round.a.length) },
            store
          )
          expect(await picks(a)).toEqual(before)
          expect(before.fallback).toBe(false)
          for (const [shopper, list] of [
            [a, before],
            [b, await picks(b)],
          ] as const) {
            const history = histories.get(shopper.customer_id) as Set<string>
            const explained = reasonProducts(list)
            expect(explained.length).toBeGreaterThan(0)
            expect(explained.filter((id) => !history.has(id))).toEqual([])
          }
        }),
        { numRuns: SHOPPER_RUNS, seed: SEED, endOnFailure: true }
      )

      // A guest session that logged in as A belongs to A from then on: the same session id,
      // used anonymously afterwards (say, on a shared computer), sees none of it.
      await http.post(
        "/store/recommendations/events",
        { session_id: "shared-device", events: [{ type: "view", product_id: ids[0] }] },
        store
      )
      await http.post(
        "/store/recommendations/events",
        { session_id: "shared-device", events: [{ type: "view", product_id: ids[1] }] },
        a
      )
      const anonymous = (
        await http.get("/store/recommendations?session_id=shared-device&fields=id", store)
      ).data as StoreList
      expect(anonymous.fallback).toBe(true)
      expect(reasonProducts(anonymous)).toEqual([])
      const asB = (await http.get("/store/recommendations?session_id=shared-device&fields=id", b))
        .data as StoreList
      expect(reasonProducts(asB).filter((id) => !histories.get(b.customer_id)?.has(id))).toEqual([])
    })

    it("refuses publishable keys and customer tokens on every admin route", async () => {
      const channel = await createSalesChannel(http, admin, "Shop")
      const store = await createStoreHeaders(http, admin, [channel.id])
      const customer = await createCustomerHeaders(http, store, "c@example.com")
      const product = await createProduct(http, admin, {
        title: "Burr grinder",
        description: "Grinds coffee.",
        sales_channel_id: channel.id,
      })
      const credentials: [string, Record<string, string>][] = [
        ["nothing", {}],
        ["a publishable key", store.headers],
        ["a customer token with its key", customer.headers],
        ["a customer token alone", { authorization: customer.headers.authorization }],
        [
          "a publishable key as a bearer token",
          { authorization: `Bearer ${store.headers["x-publishable-api-key"]}` },
        ],
      ]
      const routes = pluginRoutes("admin")
      expect(routes.length).toBeGreaterThanOrEqual(5)
      for (const [method, route] of routes) {
        const request = (headers: Record<string, string>) =>
          send(
            http.request({
              method,
              url: route.replace(":id", product.id),
              data: method === "GET" ? undefined : { customer_id: customer.customer_id },
              headers,
            })
          )
        for (const [what, headers] of credentials) {
          const response = await request(headers)
          expect({ route, what, status: response.status }).toEqual({ route, what, status: 401 })
        }
        // The admin itself gets past authentication: the refusals are about the credentials.
        const allowed = await request(admin.headers)
        expect({ route, status: [401, 403].includes(allowed.status) }).toEqual({
          route,
          status: false,
        })
      }
    })
  },
})
