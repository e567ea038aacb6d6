import type { AxiosInstance } from "axios"
import Medusa, { type FetchArgs, type FetchInput } from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createElement } from "react"
import { renderToString } from "react-dom/server"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import {
  ANONYMOUS_SESSION_COOKIE,
  cookieSessionIdStore,
  createEventTracker,
  getAnonymousSessionId,
  getBoughtTogether,
  getRecommendations,
  getSimilar,
  isSessionId,
  productPrice,
  reasonLine,
  recommendationClick,
  recommendedProducts,
  searchRecommendations,
  sendEvents,
  type SessionIdStore,
  type StorefrontSdk,
} from "../../src/storefront"
import { ProductRecommendations, type RecommendationLinkProps } from "../../src/storefront/react"
import { createAdminHeaders } from "../helpers/admin"
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

// Prices in EUR, all different, so the rendered markup shows which product got which price.
const CATALOG = {
  coffee: [
    ["Conical Burr Coffee Grinder", "Grinds coffee beans evenly for espresso and pour-over.", 89],
    ["Pour-Over Coffee Dripper", "Ceramic cone dripper for brewing filter coffee by hand.", 24.5],
    ["Gooseneck Coffee Kettle", "Electric kettle with a precise spout for pour-over coffee.", 65],
    ["Espresso Coffee Beans", "Dark roast whole coffee beans for rich espresso shots.", 14.9],
  ],
  running: [
    ["Trail Running Shoes", "Grippy running shoes with a cushioned sole for muddy trails.", 120],
    ["Running Socks", "Breathable cushioned socks that prevent blisters on long runs.", 12],
    ["Reflective Running Vest", "Lightweight high-visibility vest for running at night.", 35],
  ],
  yoga: [
    ["Non-Slip Yoga Mat", "Thick cushioned mat for yoga, pilates and stretching.", 40],
    ["Cork Yoga Block", "Firm cork block that supports yoga poses and balance.", 18],
  ],
} as const

type Product = { id: string; title: string; handle: string; variants: { id: string }[] }

type Fixture = {
  baseUrl: string
  publishableKey: string
  regionId: string
  products: Record<keyof typeof CATALOG, Product[]>
  title: Map<string, string>
}

/** The sdk with every request counted, and a way to wait for the ones still in flight. */
function countRequests(sdk: StorefrontSdk) {
  const requests: { path: string; init?: FetchArgs }[] = []
  const inFlight: Promise<unknown>[] = []
  const counted: StorefrontSdk = {
    client: {
      fetch: <T>(input: FetchInput, init?: FetchArgs) => {
        requests.push({ path: String(input), init })
        const answer = sdk.client.fetch<T>(input, init)
        inFlight.push(answer.catch(() => undefined))
        return answer
      },
    },
  }
  return { sdk: counted, requests, settled: () => Promise.all(inFlight) }
}

function memoryStore(initial?: string): SessionIdStore & { value?: string } {
  return {
    value: initial,
    read() {
      return this.value
    },
    write(sessionId) {
      this.value = sessionId
    },
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const fixture = {} as Fixture
    const service = () => getContainer().resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
    const storeSdk = () =>
      new Medusa({ baseUrl: fixture.baseUrl, publishableKey: fixture.publishableKey })
    const ids = (key: keyof typeof CATALOG) => fixture.products[key].map((p) => p.id)
    const titles = (list: { products: { id: string }[] }) =>
      list.products.map((p) => fixture.title.get(p.id))
    const storedFor = (filters: { session_id?: string; customer_id?: string }) =>
      service().listInteractions(filters, { order: { created_at: "ASC" }, take: 1000 })

    beforeAll(async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const channel = await createSalesChannel(http, admin, "Web shop")
      const store = await createStoreHeaders(http, admin, [channel.id])
      const regionId = (await createRegion(http, admin)).id
      const products = {} as Fixture["products"]
      for (const key of Object.keys(CATALOG) as (keyof typeof CATALOG)[]) {
        const category = await createCategory(http, admin, key)
        products[key] = []
        for (const [title, description, price] of CATALOG[key]) {
          products[key].push(
            (await createProduct(http, admin, {
              title,
              description,
              price,
              category_id: category.id,
              sales_channel_id: channel.id,
            })) as Product
          )
        }
      }
      // Two orders pair the grinder with the beans; a third keeps the pair above chance.
      const [grinder, , , beans] = products.coffee
      for (const [email, items] of [
        ["ann@example.com", [grinder, beans]],
        ["bob@example.com", [grinder, beans]],
        ["cy@example.com", [products.running[1]]],
      ] as const) {
        const shopper = await createCustomerHeaders(http, store, email)
        await placeOrder(http, shopper, {
          region_id: regionId,
          email,
          items: items.map((p) => ({ variant_id: p.variants[0].id, quantity: 1 })),
        })
      }
      const deadline = Date.now() + 60_000
      while ((await service().listInteractions({ type: "purchase" })).length < 5) {
        if (Date.now() > deadline) throw new Error("Purchases were not recorded")
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const all = Object.values(products).flat()
      await prepareRecommendations(
        http,
        admin,
        container,
        all.map((p) => p.id)
      )
      Object.assign(fixture, {
        baseUrl: http.defaults.baseURL,
        publishableKey: store.headers["x-publishable-api-key"],
        regionId,
        products,
        title: new Map(all.map((p) => [p.id, p.title])),
      })
    })

    it("fetches every list through the js-sdk, with the publishable key", async () => {
      const sdk = storeSdk()
      const [grinder, dripper] = fixture.products.coffee

      const similar = await getSimilar(sdk, grinder.id, {
        region_id: fixture.regionId,
        limit: 3,
        diversity: 0,
      })
      expect(new Set(titles(similar))).toEqual(
        new Set(["Pour-Over Coffee Dripper", "Gooseneck Coffee Kettle", "Espresso Coffee Beans"])
      )
      const items = recommendedProducts(similar)
      expect(items.map((item) => item.recommendation.product_id)).toEqual(
        similar.products.map((p) => p.id)
      )
      const dripperItem = items.find((item) => item.product.id === dripper.id)!
      expect(productPrice(dripperItem.product)).toEqual({ amount: 24.5, currency_code: "eur" })
      expect(reasonLine(dripperItem.recommendation)).toBe("Similar to what you're looking at")

      // Query parameters reach the route as it parses them.
      const filtered = await getSimilar(sdk, grinder.id, {
        exclude: [dripper.id, fixture.products.coffee[2].id],
        max_price: 50,
        in_stock: true,
        region_id: fixture.regionId,
        fields: "id,title,*variants.calculated_price",
        diversity: 0,
      })
      expect(titles(filtered)[0]).toBe("Espresso Coffee Beans")
      expect(titles(filtered)).not.toContain("Pour-Over Coffee Dripper")
      expect(titles(filtered)).not.toContain("Gooseneck Coffee Kettle")
      for (const product of filtered.products) {
        expect(productPrice(product)!.amount).toBeLessThanOrEqual(50)
      }
      expect(productPrice(filtered.products[0])).toEqual({ amount: 14.9, currency_code: "eur" })

      const together = await getBoughtTogether(sdk, grinder.id)
      expect(titles(together)).toEqual(["Espresso Coffee Beans"])
      expect(reasonLine(together.recommendations[0])).toBe("Frequently bought together")

      const search = await searchRecommendations(sdk, "staying visible when jogging in the dark", {
        limit: 1,
      })
      expect(titles(search)).toEqual(["Reflective Running Vest"])
      expect(search.query).toBe("staying visible when jogging in the dark")
      expect(reasonLine(search.recommendations[0])).toBe("Matches your search")
      const cheap = await searchRecommendations(sdk, "coffee under 20", {
        region_id: fixture.regionId,
        limit: 3,
      })
      expect(cheap.price_range).toEqual({ min: null, max: 20, currency_code: "eur" })
      expect(titles(cheap)[0]).toBe("Espresso Coffee Beans")
      for (const product of cheap.products) {
        expect(productPrice(product)!.amount).toBeLessThanOrEqual(20)
      }

      // Every parameter of the kit's query type is one the routes take.
      const stranger = await getRecommendations(sdk, {
        session_id: "kit-stranger",
        limit: 3,
        region_id: fixture.regionId,
        country_code: "de",
        province: "be",
        exclude: [grinder.id],
        diversity: 0.5,
        max_per_category: 2,
        in_stock: false,
        min_price: 0,
        max_price: 1000,
        fields: "id,title,*variants.calculated_price",
      })
      expect(stranger.fallback).toBe(true)
      expect(stranger.count).toBe(3)
      expect(titles(stranger)).not.toContain("Conical Burr Coffee Grinder")

      // Errors are the js-sdk's: a FetchError with the route's status and message.
      await expect(getSimilar(sdk, "prod_missing")).rejects.toMatchObject({ status: 404 })
      await expect(getSimilar(sdk, grinder.id, { limit: 500 })).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining("limit"),
      })
      const keyless = new Medusa({ baseUrl: fixture.baseUrl })
      await expect(getSimilar(keyless, grinder.id)).rejects.toMatchObject({
        message: expect.stringContaining("x-publishable-api-key"),
      })
    })

    it("keeps one valid session id per guest and personalizes from its tracked views", async () => {
      const store = memoryStore()
      const sessionId = getAnonymousSessionId(store)
      expect(sessionId).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
      expect(getAnonymousSessionId(store)).toBe(sessionId)
      expect(getAnonymousSessionId(memoryStore("not valid!"))).not.toBe("not valid!")
      expect(getAnonymousSessionId(memoryStore("kept-id"))).toBe("kept-id")
      expect(isSessionId("x".repeat(65))).toBe(false)
      expect(() => getAnonymousSessionId()).toThrow(ANONYMOUS_SESSION_COOKIE)

      const sdk = storeSdk()
      const [shoes] = fixture.products.running
      const tracker = createEventTracker(sdk, { sessionId, flushIntervalMs: 60_000 })
      tracker.track({ type: "view", product_id: shoes.id })
      expect(tracker.pending).toBe(1)
      expect(await tracker.flush()).toEqual({ requests: 1, accepted: 1, failures: [] })
      expect(tracker.pending).toBe(0)

      const picks = await getRecommendations(sdk, { session_id: sessionId, limit: 2 })
      expect(picks.fallback).toBe(false)
      expect(new Set(titles(picks))).toEqual(new Set(["Running Socks", "Reflective Running Vest"]))
      expect(picks.recommendations.map((r) => reasonLine(r))).toEqual([
        "Because of what you viewed",
        "Because of what you viewed",
      ])
      await tracker.close()
    })

    it("keeps the guest's id in a first-party cookie in a browser", async () => {
      let jar = "other=1"
      const written: string[] = []
      const browser = globalThis as unknown as { document?: unknown; location?: unknown }
      browser.document = {
        get cookie() {
          return jar
        },
        set cookie(line: string) {
          written.push(line)
          const [pair] = line.split(";")
          jar = [...jar.split("; ").filter((c) => !c.startsWith(`${pair.split("=")[0]}=`)), pair]
            .filter(Boolean)
            .join("; ")
        },
      }
      browser.location = { protocol: "https:" }
      try {
        const sessionId = getAnonymousSessionId()
        expect(getAnonymousSessionId()).toBe(sessionId)
        expect(written).toEqual([
          `${ANONYMOUS_SESSION_COOKIE}=${sessionId}; Max-Age=31536000; Path=/; SameSite=Lax; Secure`,
        ])
        expect(cookieSessionIdStore().read()).toBe(sessionId)
        // The server takes it as the guest's session.
        const sent = await sendEvents(storeSdk(), [{ type: "view", product_id: ids("yoga")[0] }], {
          sessionId,
        })
        expect(sent.accepted).toBe(1)
        expect((await storedFor({ session_id: sessionId })).length).toBe(1)
      } finally {
        delete browser.document
        delete browser.location
      }
    })

    it("sends N queued events in ceil(N / 100) requests, and stores every one", async () => {
      const counted = countRequests(storeSdk())
      const sessionId = "kit-batches"
      // A batch size above what the route accepts is capped at 100 events per request.
      const tracker = createEventTracker(counted.sdk, {
        sessionId,
        batchSize: 500,
        flushIntervalMs: 60_000,
      })
      const productIds = Object.values(fixture.products)
        .flat()
        .map((p) => p.id)
      for (let i = 0; i < 250; i++) {
        tracker.track({ type: "view", product_id: productIds[i % productIds.length] })
      }
      // Two full batches left on their own; the last 50 wait for the timer or a flush.
      expect(counted.requests).toHaveLength(2)
      expect(tracker.pending).toBe(50)
      const last = await tracker.flush()
      expect(last).toEqual({ requests: 1, accepted: 50, failures: [] })
      await counted.settled()
      expect(counted.requests).toHaveLength(Math.ceil(250 / 100))
      for (const { path, init } of counted.requests) {
        expect(path).toBe("/store/recommendations/events")
        expect(init?.method).toBe("POST")
      }
      expect((await storedFor({ session_id: sessionId })).length).toBe(250)

      // Sent at once: 201 events take three requests.
      const direct = countRequests(storeSdk())
      const events = Array.from({ length: 201 }, (_, i) => ({
        type: "view" as const,
        product_id: productIds[i % productIds.length],
      }))
      expect(await sendEvents(direct.sdk, events, { sessionId: "kit-direct" })).toEqual({
        requests: 3,
        accepted: 201,
        failures: [],
      })
      expect(direct.requests).toHaveLength(3)
      expect((await storedFor({ session_id: "kit-direct" })).length).toBe(201)
      await tracker.close()
    })

    it("sends a small queue after the interval, drops rejected events and keeps undelivered ones", async () => {
      const sdk = storeSdk()
      const [mat, block] = ids("yoga")
      const timed = createEventTracker(sdk, { sessionId: "kit-timer", flushIntervalMs: 200 })
      timed.track({ type: "view", product_id: mat })
      timed.track({ type: "add_to_cart", product_id: block, quantity: 2 })
      const deadline = Date.now() + 10_000
      while ((await storedFor({ session_id: "kit-timer" })).length < 2) {
        if (Date.now() > deadline) throw new Error("The timer never sent the queue")
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(timed.pending).toBe(0)
      const rows = await storedFor({ session_id: "kit-timer" })
      expect(rows.map((r) => [r.type, r.product_id, r.quantity])).toEqual([
        ["view", mat, 1],
        ["add_to_cart", block, 2],
      ])

      // A 400 (one unknown product) is not sent again; the valid event of its batch is stored.
      const errors: unknown[] = []
      const strict = createEventTracker(sdk, {
        sessionId: "kit-rejected",
        flushIntervalMs: 60_000,
        onError: (failure) => errors.push(failure.error),
      })
      strict.track({ type: "view", product_id: mat })
      strict.track({ type: "view", product_id: "prod_unknown" })
      const rejected = await strict.flush()
      expect(rejected.accepted).toBe(0)
      expect(rejected.failures).toHaveLength(1)
      expect(rejected.failures[0].error).toMatchObject({
        status: 400,
        message: expect.stringContaining("events[1].product_id"),
      })
      expect(errors).toHaveLength(1)
      expect(strict.pending).toBe(0)
      expect((await storedFor({ session_id: "kit-rejected" })).map((r) => r.product_id)).toEqual([
        mat,
      ])

      // No server answering: the events stay queued for the next attempt.
      const offline = createEventTracker(
        new Medusa({ baseUrl: "http://127.0.0.1:9", publishableKey: fixture.publishableKey }),
        { sessionId: "kit-offline", flushIntervalMs: 60_000 }
      )
      offline.track({ type: "view", product_id: mat })
      offline.track({ type: "view", product_id: block })
      const unsent = await offline.flush()
      expect(unsent.failures).toHaveLength(1)
      expect(offline.pending).toBe(2)
      await Promise.all([timed.close(), strict.close()])
    })

    it("sends a logged-in customer's token with events and lists, handing over their guest history", async () => {
      const sdk = new Medusa({
        baseUrl: fixture.baseUrl,
        publishableKey: fixture.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
      })
      const [mat] = fixture.products.yoga
      const guestSession = "kit-guest-then-customer"
      // As a guest: a view of the yoga mat.
      await sendEvents(sdk, [{ type: "view", product_id: mat.id }], { sessionId: guestSession })

      const email = "kit-customer@example.com"
      await sdk.auth.register("customer", "emailpass", { email, password: "secret-password" })
      const { customer } = await sdk.store.customer.create({ email })
      await sdk.auth.login("customer", "emailpass", { email, password: "secret-password" })

      const tracker = createEventTracker(sdk, { sessionId: guestSession, flushIntervalMs: 60_000 })
      tracker.track({ type: "view", product_id: mat.id })
      expect((await tracker.flush()).accepted).toBe(1)
      const rows = await storedFor({ session_id: guestSession })
      expect(rows.map((r) => r.customer_id)).toEqual([customer.id, customer.id])

      // The customer's picks come from that history, without any session id.
      const picks = await getRecommendations(sdk, { limit: 1 })
      expect(picks.fallback).toBe(false)
      expect(titles(picks)).toEqual(["Cork Yoga Block"])
    })

    it("renders the component on the server from the app's data and tracks clicks with the list's id", async () => {
      const sdk = storeSdk()
      const [grinder] = fixture.products.coffee
      const list = await getSimilar(sdk, grinder.id, {
        region_id: fixture.regionId,
        limit: 3,
        diversity: 0,
      })
      const links: RecommendationLinkProps[] = []
      const Link = (props: RecommendationLinkProps) => {
        links.push(props)
        return createElement("a", { href: props.href, className: props.className }, props.children)
      }
      const tracker = createEventTracker(sdk, { sessionId: "kit-clicks", flushIntervalMs: 60_000 })
      const html = renderToString(
        createElement(ProductRecommendations, {
          sdk,
          placement: "similar",
          productId: grinder.id,
          regionId: fixture.regionId,
          limit: 3,
          query: { diversity: 0 },
          initialData: list,
          linkAs: Link,
          tracker,
          productHref: (product) => `/de/products/${product.handle}`,
          classNames: { title: "reco-title", price: "reco-price", reason: "reco-reason" },
        })
      )
      expect(html).toContain("<h2>You may also like</h2>")
      const rendered = [
        ...html.matchAll(
          /data-product-id="([^"]+)".*?href="([^"]+)".*?class="reco-title">([^<]+)<\/span><span class="reco-price">([^<]+)<\/span><\/a><p class="reco-reason">([^<]+)<\/p>/g
        ),
      ].map(([, id, href, title, price, reason]) => ({ id, href, title, price, reason }))
      const byId = new Map(
        Object.values(fixture.products)
          .flat()
          .map((p) => [p.id, p])
      )
      const prices: Record<string, string> = {
        "Pour-Over Coffee Dripper": "€24.50",
        "Gooseneck Coffee Kettle": "€65.00",
        "Espresso Coffee Beans": "€14.90",
      }
      expect(rendered).toEqual(
        list.products.map((p) => ({
          id: p.id,
          href: `/de/products/${byId.get(p.id)!.handle}`,
          title: byId.get(p.id)!.title,
          price: prices[byId.get(p.id)!.title],
          reason: "Similar to what you&#x27;re looking at",
        }))
      )
      expect(list.recommendation_id).toMatch(/^rrec_/)
      expect(list.placement).toBe("similar")
      expect(html).toContain(`data-recommendation-id="${list.recommendation_id}"`)

      // The second link's click, as the browser would call it: one click event, with the id.
      expect(links.map((link) => link.href)).toEqual(rendered.map((item) => item.href))
      links[1].onClick()
      expect(tracker.pending).toBe(1)
      expect((await tracker.flush()).accepted).toBe(1)
      const [click] = await storedFor({ session_id: "kit-clicks" })
      expect(click).toEqual(
        expect.objectContaining({
          type: "recommendation_click",
          product_id: list.products[1].id,
          recommendation_id: list.recommendation_id,
        })
      )
      expect(recommendationClick(list, list.products[1].id)).toEqual({
        type: "recommendation_click",
        product_id: list.products[1].id,
        recommendation_id: list.recommendation_id,
      })

      // Without data yet: the loading state (the client fetches after hydration).
      const loading = renderToString(
        createElement(ProductRecommendations, {
          sdk,
          placement: "similar",
          productId: grinder.id,
        })
      )
      expect(loading).toContain('aria-busy="true"')
      expect(loading).toContain('<p role="status">Loading recommendations…</p>')
      expect(loading).not.toContain("<ul")

      // Nothing was ever bought with the yoga mat: nothing at all, or the empty state given.
      const [mat] = fixture.products.yoga
      const none = await getBoughtTogether(sdk, mat.id)
      expect(none.count).toBe(0)
      const props = {
        sdk,
        placement: "bought_together" as const,
        productId: mat.id,
        initialData: none,
      }
      expect(renderToString(createElement(ProductRecommendations, props))).toBe("")
      const empty = renderToString(
        createElement(ProductRecommendations, {
          ...props,
          empty: "Nothing pairs with this yet",
          heading: null,
        })
      )
      expect(empty).toContain("Nothing pairs with this yet")
      expect(empty).not.toContain("<h2")
      expect(empty).not.toContain("<ul")
      await tracker.close()
    })
  },
})
