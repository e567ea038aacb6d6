// Synthetic shopper activity for the demo store, planned in memory from a seeded random number
// generator: the same catalog, anchor date and seed always give the same plan, ids included, so
// the seed script can write what is missing and nothing twice. No Medusa imports here.
//
// The shoppers follow simple, plausible habits so the behaviour model learns something sensible:
// each favours one or two categories; within a visit they move between related products (shared
// tags: pour-over dripper, filters, kettle, scale); what they add to the cart comes from those
// visits, so orders hold products of one theme; best-sellers sell more, new arrivals pick up
// over the last two weeks; traffic grows slowly and peaks in the evening and at weekends.
// Every store list they see is recorded as a served recommendation; some items get clicked, some
// clicked items get added to the cart and ordered, and an ordered product clicked by the same
// customer within the attribution window is credited to the click's recommendation.

export const DEMO_ACTIVITY_DAYS = 42
export const DEMO_ACTIVITY_SEED = 20261122
/** An ordered product is credited to the customer's last click on it within this window. */
export const ATTRIBUTION_WINDOW_DAYS = 7

export type ActivityPlacement = "similar" | "bought_together" | "personalized" | "search"

/** What the planner needs to know about a product. */
export type ActivityProduct = {
  handle: string
  category: string
  type: string
  collection?: string
  tags: string[]
  /** Option values, one variant each. */
  variants: string[]
}

export type PlannedCustomer = {
  email: string
  first_name: string
  last_name: string
  /** Their first visit: the account's creation date. */
  created_at: Date
}

export type PlannedServedRecommendation = {
  id: string
  placement: ActivityPlacement
  product_handles: string[]
  source_handle: string | null
  customer_email: string | null
  session_id: string
  latency_ms: number
  served_at: Date
}

export type PlannedEvent = {
  id: string
  type: "view" | "add_to_cart" | "recommendation_click"
  product_handle: string
  quantity: number
  customer_email: string | null
  session_id: string
  recommendation_id: string | null
  occurred_at: Date
}

export type PlannedOrderLine = { product_handle: string; variant: string; quantity: number }

export type PlannedAttribution = {
  product_handle: string
  recommendation_id: string
  placement: ActivityPlacement
  session_id: string
}

export type PlannedOrder = {
  /** Stored in the order's metadata: how a second run recognises it. */
  key: string
  customer_email: string
  session_id: string
  placed_at: Date
  lines: PlannedOrderLine[]
  attributions: PlannedAttribution[]
}

export type ActivityPlan = {
  customers: PlannedCustomer[]
  served: PlannedServedRecommendation[]
  events: PlannedEvent[]
  orders: PlannedOrder[]
}

export type ActivityPlanOptions = {
  /** The end of the activity (the first seed's time): everything happens in the days before. */
  anchor: Date
  days?: number
  seed?: number
}

// Traffic and behaviour. Tuned so six weeks give about 1,300 visits, 150 orders and a few
// thousand served lists: enough for every chart and list, quick to write.
const CUSTOMER_COUNT = 60
const VISITS_PER_DAY = 28
const CUSTOMER_VISIT_SHARE = 0.45
const RETURNING_GUEST_SHARE = 0.3
const MAX_PAGE_VIEWS = 9
const ADD_TO_CART_RATE = 0.25
const CHECKOUT_RATE = 0.6
const CART_UPSELL_RATE = 0.5
const BOUGHT_TOGETHER_SHOWN_RATE = 0.6
const LIST_LENGTH: Record<ActivityPlacement, number> = {
  similar: 8,
  bought_together: 4,
  personalized: 12,
  search: 8,
}
const CLICK_RATE: Record<ActivityPlacement, number> = {
  similar: 0.05,
  bought_together: 0.045,
  personalized: 0.05,
  search: 0.15,
}
/** Median response time by list, in ms; the spread is log-normal with rare slow responses. */
const LATENCY_MEDIAN_MS: Record<ActivityPlacement, number> = {
  similar: 14,
  bought_together: 9,
  personalized: 27,
  search: 46,
}
/** Share of the day's visits starting in each hour (UTC): lunch and evening peaks. */
const HOUR_WEIGHTS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 3.5, 4, 5, 4.5, 3.5, 3.5, 4, 4.5, 5.5, 7, 7.5, 6.5, 4.5,
  2.5,
]

const FIRST_NAMES = (
  "Ada Bram Chiara Daan Elena Finn Greta Hugo Ines Jonas Klara Lars Marta Nils Olivia " +
  "Pablo Quentin Rosa Sven Tessa Ugo Vera Wim Xenia Yann Zoe Aoife Matteo Lea Tomas"
).split(" ")
const LAST_NAMES = (
  "Bakker Rossi Dubois Müller García Virtanen Janssens Silva Murphy Novak Schmidt Moreau " +
  "Visser Romano Lehmann Peeters Costa Byrne Laine Fischer"
).split(" ")

const DAY_MS = 24 * 60 * 60 * 1000

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** A Medusa-style id (`prefix_` + ULID) for a row made at `at`, its random part from `random`. */
export function plannedId(prefix: string, at: Date, random: () => number): string {
  let time = at.getTime()
  let timePart = ""
  for (let i = 0; i < 10; i++) {
    timePart = ULID_ALPHABET[time % 32] + timePart
    time = Math.floor(time / 32)
  }
  let randomPart = ""
  for (let i = 0; i < 16; i++) randomPart += ULID_ALPHABET[Math.floor(random() * 32)]
  return `${prefix}_${timePart}${randomPart}`
}

type Persona = { categories: Map<string, number> }

type Shopper = {
  customer: { email: string; first_name: string; last_name: string; firstVisit: Date | null } | null
  persona: Persona
  /** Guests keep one storefront session; customers get a new one per visit. */
  guestSession: string | null
  activity: number
  purchased: Set<string>
  recentlyViewed: string[]
}

/** A click on a served item: the shopper opens that product next, and may order it. */
type Click = {
  handle: string
  recommendation_id: string
  placement: ActivityPlacement
  at: Date
  session: string
}

class Planner {
  private readonly random: () => number
  private readonly byHandle: Map<string, ActivityProduct>
  private readonly byCategory = new Map<string, ActivityProduct[]>()
  private readonly categories: string[]
  private readonly basePopularity = new Map<string, number>()
  /** Tags shared by most of a category ("coffee", "garden") say nothing about a theme. */
  private readonly themeTags = new Map<string, Set<string>>()
  private readonly plan: ActivityPlan = { customers: [], served: [], events: [], orders: [] }
  /** Each customer's last click per product, for attribution. */
  private readonly clicks = new Map<string, Click>()
  private readonly days: number
  private readonly start: number

  constructor(
    products: ActivityProduct[],
    private readonly options: Required<ActivityPlanOptions>
  ) {
    this.random = seededRandom(options.seed)
    this.byHandle = new Map(products.map((product) => [product.handle, product]))
    for (const product of products) {
      const list = this.byCategory.get(product.category) ?? []
      list.push(product)
      this.byCategory.set(product.category, list)
    }
    this.categories = [...this.byCategory.keys()]
    for (const list of this.byCategory.values()) {
      const tagCounts = new Map<string, number>()
      for (const product of list) {
        for (const tag of product.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1)
      }
      for (const product of list) {
        const specific = product.tags.filter((tag) => (tagCounts.get(tag) ?? 0) < list.length / 2)
        this.themeTags.set(product.handle, new Set(specific))
      }
      // A fixed popularity rank per category (a long tail), the best-sellers collection first.
      const bestSeller = (product: ActivityProduct) =>
        product.collection === "best-sellers" ? 0 : 1
      const ranked = this.shuffle([...list]).sort((a, b) => bestSeller(a) - bestSeller(b))
      ranked.forEach((product, rank) => {
        this.basePopularity.set(product.handle, 1 / Math.pow(rank + 1, 0.8))
      })
    }
    this.days = options.days
    const anchorDay = Math.floor(options.anchor.getTime() / DAY_MS) * DAY_MS
    this.start = anchorDay - (options.days - 1) * DAY_MS
  }

  build(): ActivityPlan {
    const shoppers = this.makeCustomers()
    const guests: Shopper[] = []
    const visits = this.scheduleVisits()
    for (const { at, day } of visits) {
      let shopper: Shopper
      if (this.random() < CUSTOMER_VISIT_SHARE) {
        shopper = this.pickWeighted(shoppers, (candidate) => candidate.activity)
        if (shopper.customer) shopper.customer.firstVisit ??= at
      } else if (guests.length && this.random() < RETURNING_GUEST_SHARE) {
        shopper = guests[Math.floor(this.random() * guests.length)]
      } else {
        shopper = this.makeGuest()
        guests.push(shopper)
      }
      this.simulateVisit(shopper, at, day)
    }
    // Customers who came at least once, their account made on their first visit.
    this.plan.customers = shoppers.flatMap(({ customer }) =>
      customer?.firstVisit
        ? [
            {
              email: customer.email,
              first_name: customer.first_name,
              last_name: customer.last_name,
              created_at: customer.firstVisit,
            },
          ]
        : []
    )
    return this.plan
  }

  private makeCustomers(): Shopper[] {
    const shoppers: Shopper[] = []
    const used = new Set<string>()
    for (let i = 0; i < CUSTOMER_COUNT; i++) {
      let first: string
      let last: string
      do {
        first = FIRST_NAMES[Math.floor(this.random() * FIRST_NAMES.length)]
        last = LAST_NAMES[Math.floor(this.random() * LAST_NAMES.length)]
      } while (used.has(`${first} ${last}`))
      used.add(`${first} ${last}`)
      const email = `${ascii(first)}.${ascii(last)}@example.com`
      shoppers.push({
        customer: { email, first_name: first, last_name: last, firstVisit: null },
        persona: this.makePersona(),
        guestSession: null,
        // A few customers come back much more often than the rest.
        activity: Math.exp(this.gaussian() * 0.8),
        purchased: new Set(),
        recentlyViewed: [],
      })
    }
    return shoppers
  }

  private makeGuest(): Shopper {
    return {
      customer: null,
      persona: this.makePersona(),
      guestSession: this.sessionId(),
      activity: 1,
      purchased: new Set(),
      recentlyViewed: [],
    }
  }

  /**
   * One main category, one or two side interests, and a little curiosity for the rest. The
   * store's categories are not equally popular: the catalog lists them from the most popular
   * (coffee, the showcase's category) down.
   */
  private makePersona(): Persona {
    const byPreference: string[] = []
    const remaining = [...this.categories]
    while (remaining.length) {
      const pick = this.pickWeighted(
        remaining,
        (c) => 1 / Math.pow(this.categories.indexOf(c) + 1, 0.7)
      )
      byPreference.push(pick)
      remaining.splice(remaining.indexOf(pick), 1)
    }
    const categories = new Map<string, number>()
    for (const category of this.categories) categories.set(category, 0.1 / this.categories.length)
    categories.set(byPreference[0], 0.62)
    if (this.random() < 0.5) {
      categories.set(byPreference[1], 0.28)
    } else {
      categories.set(byPreference[1], 0.16)
      categories.set(byPreference[2], 0.12)
    }
    return { categories }
  }

  /** Visit start times over the period, oldest first, none after the anchor. */
  private scheduleVisits(): { at: Date; day: number }[] {
    const visits: { at: Date; day: number }[] = []
    const hourTotal = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0)
    for (let day = 0; day < this.days; day++) {
      const dayStart = this.start + day * DAY_MS
      const weekday = new Date(dayStart).getUTCDay()
      const weekend = weekday === 0 || weekday === 6 ? 1.3 : weekday === 5 ? 1.1 : 1
      const growth = 0.7 + (0.6 * day) / Math.max(1, this.days - 1)
      const count = Math.round(VISITS_PER_DAY * weekend * growth * (0.85 + 0.3 * this.random()))
      for (let i = 0; i < count; i++) {
        let pick = this.random() * hourTotal
        let hour = 0
        while (pick >= HOUR_WEIGHTS[hour] && hour < 23) pick -= HOUR_WEIGHTS[hour++]
        const at = new Date(dayStart + hour * 3_600_000 + Math.floor(this.random() * 3_600_000))
        if (at.getTime() < this.options.anchor.getTime() - 30 * 60_000) visits.push({ at, day })
      }
    }
    return visits.sort((a, b) => a.at.getTime() - b.at.getTime())
  }

  private simulateVisit(shopper: Shopper, start: Date, day: number): void {
    const session = shopper.guestSession ?? this.sessionId()
    let clock = start.getTime()
    const tick = (minSeconds: number, maxSeconds: number) => {
      clock += Math.round((minSeconds + this.random() * (maxSeconds - minSeconds)) * 1000)
      return new Date(clock)
    }
    /** Serves a list at the current time; a click moves the clock past it. */
    const serve = (
      placement: ActivityPlacement,
      handles: string[],
      source: string | null,
      clickable: boolean
    ): Click | null => {
      const click = this.serve(
        shopper,
        session,
        placement,
        handles,
        source,
        tick(0.1, 1),
        clickable
      )
      if (click) clock = Math.max(clock, click.at.getTime())
      return click
    }
    const cart = new Map<string, { quantity: number; variant: string }>()
    const addToCart = (handle: string, recommendationId: string | null) => {
      const product = this.product(handle)
      const quantity = this.random() < 0.12 ? 2 : 1
      const variant = product.variants[Math.floor(this.random() * product.variants.length)]
      cart.set(handle, { quantity, variant })
      this.event(shopper, session, "add_to_cart", handle, tick(5, 20), recommendationId, quantity)
    }

    // Where the visit starts: the home page's personal picks, a search, or a product page.
    let next: Click | null = null
    const entry = this.random()
    if (entry < 0.25) {
      next = serve("personalized", this.personalizedList(shopper, day), null, true)
    } else if (entry < 0.4) {
      next = serve("search", this.searchList(shopper, day), null, true)
    }

    const pageViews = Math.min(MAX_PAGE_VIEWS, 1 + Math.floor(-Math.log(1 - this.random()) * 2.6))
    for (let view = 0; view < pageViews; view++) {
      const handle = next?.handle ?? this.browse(shopper, day)
      const arrivedFrom = next?.recommendation_id ?? null
      this.event(shopper, session, "view", handle, tick(2, 8), null, 1)
      shopper.recentlyViewed = [handle, ...shopper.recentlyViewed.filter((h) => h !== handle)]
      shopper.recentlyViewed.length = Math.min(shopper.recentlyViewed.length, 20)

      // The product page shows "you may also like" and often "bought together"; the shopper
      // follows at most one of their items.
      next = serve("similar", this.similarList(handle, day), handle, true)
      if (this.random() < BOUGHT_TOGETHER_SHOWN_RATE) {
        const together = serve(
          "bought_together",
          this.boughtTogetherList(handle, day),
          handle,
          !next
        )
        next ??= together
      }
      if (!cart.has(handle) && this.random() < ADD_TO_CART_RATE) addToCart(handle, arrivedFrom)
      tick(20, 90)
    }

    if (!shopper.customer || !cart.size || this.random() >= CHECKOUT_RATE) return
    // At the cart, some add something that goes with what they have.
    if (this.random() < CART_UPSELL_RATE) {
      const [first] = cart.keys()
      const complement = this.boughtTogetherList(first, day).find((h) => !cart.has(h))
      if (complement) addToCart(complement, null)
    }
    const placedAt = tick(120, 420)
    if (placedAt.getTime() >= this.options.anchor.getTime()) return
    const lines = [...cart].map(([product_handle, { quantity, variant }]) => ({
      product_handle,
      variant,
      quantity,
    }))
    const attributions: PlannedAttribution[] = []
    for (const line of lines) {
      const click = this.clicks.get(`${shopper.customer.email}|${line.product_handle}`)
      if (!click) continue
      const age = placedAt.getTime() - click.at.getTime()
      if (age <= 0 || age > ATTRIBUTION_WINDOW_DAYS * DAY_MS) continue
      attributions.push({
        product_handle: line.product_handle,
        recommendation_id: click.recommendation_id,
        placement: click.placement,
        session_id: click.session,
      })
    }
    for (const line of lines) shopper.purchased.add(line.product_handle)
    this.plan.orders.push({
      key: `demo-order-${String(this.plan.orders.length + 1).padStart(4, "0")}`,
      customer_email: shopper.customer.email,
      session_id: session,
      placed_at: placedAt,
      lines,
      attributions,
    })
  }

  /** Records a served list; the shopper may click one of its items (earlier ones more often). */
  private serve(
    shopper: Shopper,
    session: string,
    placement: ActivityPlacement,
    handles: string[],
    source: string | null,
    at: Date,
    clickable: boolean
  ): Click | null {
    if (!handles.length) return null
    const slow = this.random() < 0.01 ? 4 : 1
    const latency = LATENCY_MEDIAN_MS[placement] * Math.exp(this.gaussian() * 0.45) * slow
    const id = plannedId("rrec", at, this.random)
    this.plan.served.push({
      id,
      placement,
      product_handles: handles,
      source_handle: source,
      customer_email: shopper.customer?.email ?? null,
      session_id: session,
      latency_ms: Math.round(latency * 10) / 10,
      served_at: at,
    })
    if (!clickable) return null
    // Shoppers click what matches their interests.
    const interest = (handle: string) =>
      (shopper.persona.categories.get(this.product(handle).category) ?? 0) + 0.15
    const meanInterest = handles.reduce((sum, h) => sum + interest(h), 0) / handles.length
    if (this.random() >= CLICK_RATE[placement] * Math.min(2, meanInterest / 0.3)) return null
    const handle = this.pickWeighted(
      handles,
      (candidate) => interest(candidate) / (handles.indexOf(candidate) + 1)
    )
    const click: Click = {
      handle,
      recommendation_id: id,
      placement,
      at: new Date(at.getTime() + 4000 + Math.floor(this.random() * 40_000)),
      session,
    }
    this.event(shopper, session, "recommendation_click", handle, click.at, id, 1)
    if (shopper.customer) this.clicks.set(`${shopper.customer.email}|${handle}`, click)
    return click
  }

  private event(
    shopper: Shopper,
    session: string,
    type: PlannedEvent["type"],
    handle: string,
    at: Date,
    recommendationId: string | null,
    quantity: number
  ): void {
    this.plan.events.push({
      id: plannedId("rint", at, this.random),
      type,
      product_handle: handle,
      quantity,
      customer_email: shopper.customer?.email ?? null,
      session_id: session,
      recommendation_id: recommendationId,
      occurred_at: at,
    })
  }

  /** A product the shopper opens without a recommendation: a related one or a favourite. */
  private browse(shopper: Shopper, day: number): string {
    const [last] = shopper.recentlyViewed
    if (last && this.random() < 0.5) {
      const related = this.boughtTogetherList(last, day)
      if (related.length) return related[Math.floor(this.random() * related.length)]
    }
    const category = this.pickWeighted([...shopper.persona.categories], ([, weight]) => weight)[0]
    const products = this.byCategory.get(category) ?? []
    return this.pickWeighted(products, (product) => this.popularity(product.handle, day)).handle
  }

  private similarList(source: string, day: number): string[] {
    const product = this.product(source)
    return this.rank(
      [...this.byHandle.values()].filter((candidate) => candidate.handle !== source),
      (candidate) =>
        this.affinity(product, candidate) +
        (candidate.category === product.category ? 0.6 : 0) +
        0.3 * this.popularity(candidate.handle, day),
      0.35,
      LIST_LENGTH.similar
    )
  }

  private boughtTogetherList(source: string, day: number): string[] {
    const product = this.product(source)
    const related = [...this.byHandle.values()].filter(
      (candidate) => candidate.handle !== source && this.affinity(product, candidate) > 0
    )
    return this.rank(
      related,
      (candidate) =>
        this.affinity(product, candidate) + 0.4 * this.popularity(candidate.handle, day),
      0.2,
      LIST_LENGTH.bought_together
    )
  }

  private personalizedList(shopper: Shopper, day: number): string[] {
    const recent = new Set(shopper.recentlyViewed.slice(0, 5))
    const candidates = [...this.byHandle.values()].filter(
      (candidate) => !shopper.purchased.has(candidate.handle)
    )
    return this.rank(
      candidates,
      (candidate) => {
        const interest = shopper.persona.categories.get(candidate.category) ?? 0
        const nearRecent = [...recent].some(
          (handle) => this.affinity(this.product(handle), candidate) > 0
        )
        return interest + (nearRecent ? 0.3 : 0) + 0.3 * this.popularity(candidate.handle, day)
      },
      0.25,
      LIST_LENGTH.personalized
    )
  }

  /** A search for one of the themes of a favourite category ("pour-over", "trail"). */
  private searchList(shopper: Shopper, day: number): string[] {
    const category = this.pickWeighted([...shopper.persona.categories], ([, weight]) => weight)[0]
    const products = this.byCategory.get(category) ?? []
    const tags = [...new Set(products.flatMap((product) => [...this.theme(product)]))]
    if (!tags.length) return []
    const tag = tags[Math.floor(this.random() * tags.length)]
    const matches = [...this.byHandle.values()].filter((product) => this.theme(product).has(tag))
    const rest = products.filter((product) => !this.theme(product).has(tag))
    return [
      ...this.rank(matches, (p) => 1 + this.popularity(p.handle, day), 0.2, LIST_LENGTH.search),
      ...this.rank(rest, (p) => this.popularity(p.handle, day), 0.2, LIST_LENGTH.search),
    ].slice(0, LIST_LENGTH.search)
  }

  /**
   * How well two products go together: shared theme tags and the same product type (a grinder
   * and a kettle are both coffee equipment); across categories only shared tags count, and less.
   */
  private affinity(a: ActivityProduct, b: ActivityProduct): number {
    let shared = 0
    const themeB = this.theme(b)
    for (const tag of this.theme(a)) if (themeB.has(tag)) shared++
    if (a.category !== b.category) return shared * 0.4
    return shared + (a.type === b.type ? 0.5 : 0)
  }

  private popularity(handle: string, day: number): number {
    const base = this.basePopularity.get(handle) ?? 0.1
    const product = this.product(handle)
    if (product.collection !== "new-arrivals") return base
    // New arrivals: little interest until they land two weeks before the end, then a lot.
    return day >= this.days - 14 ? base * 2.2 : base * 0.5
  }

  /** The best items by score with noise (each served list differs a little). */
  private rank(
    products: ActivityProduct[],
    score: (product: ActivityProduct) => number,
    noise: number,
    limit: number
  ): string[] {
    return products
      .map((product) => ({ handle: product.handle, score: score(product) + noise * this.random() }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((entry) => entry.handle)
  }

  private theme(product: ActivityProduct): Set<string> {
    return this.themeTags.get(product.handle) ?? new Set()
  }

  private product(handle: string): ActivityProduct {
    const product = this.byHandle.get(handle)
    if (!product) throw new Error(`demo activity: unknown product "${handle}"`)
    return product
  }

  private pickWeighted<T>(items: T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0)
    let pick = this.random() * total
    for (const item of items) {
      pick -= weight(item)
      if (pick < 0) return item
    }
    return items[items.length - 1]
  }

  private shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1))
      ;[items[i], items[j]] = [items[j], items[i]]
    }
    return items
  }

  /** Standard normal (Box-Muller). */
  private gaussian(): number {
    const u = Math.max(this.random(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random())
  }

  /** A storefront's anonymous session id: 24 hex characters. */
  private sessionId(): string {
    let id = ""
    for (let i = 0; i < 24; i++) id += Math.floor(this.random() * 16).toString(16)
    return id
  }
}

/** The same inputs always give the same plan, ids included. */
export function planDemoActivity(
  products: ActivityProduct[],
  options: ActivityPlanOptions
): ActivityPlan {
  return new Planner(products, {
    anchor: options.anchor,
    days: options.days ?? DEMO_ACTIVITY_DAYS,
    seed: options.seed ?? DEMO_ACTIVITY_SEED,
  }).build()
}

function ascii(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
}
