// Seeds six weeks of synthetic shopper activity into the demo store, so the behaviour model and
// every admin chart and list have data on first start: customers, product views, add-to-carts,
// real Medusa orders (their purchases recorded by the plugin's own workflow), the store
// recommendation lists shoppers were served, their clicks, and orders credited to those clicks.
// The activity is planned by demo-activity.ts from a seeded generator and ends at an anchor date
// stored in the store's metadata on the first run, with a digest of the plan: a second run plans
// the same activity, with the same ids, and writes only what is missing. When the planner has
// changed since (another digest), the stored activity is left alone rather than doubled.
//
//   npx medusa exec ./src/scripts/seed-activity.ts      (after seed.ts)
import crypto from "node:crypto"
import type { ExecArgs, IWorkflowEngineService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createOrderWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  planDemoActivity,
  type ActivityPlacement,
  type ActivityPlan,
  type PlannedOrder,
} from "./demo-activity"
import { demoProducts } from "./demo-catalog"
import { readDemoInfo, type DemoInfo } from "./demo-info"

/** Where the first run's anchor date and plan digest are kept (store metadata). */
const ACTIVITY_METADATA_KEY = "demo_activity"
/** Identifies a seeded order on a second run (order metadata). */
const ORDER_KEY_METADATA_KEY = "demo_activity_key"
/** The plugin's workflow that turns an order into purchase events. */
const RECORD_ORDER_PURCHASES_WORKFLOW = "record-order-purchases"
const RECOMMENDATION_MODULE = "recommendation"
const WRITE_BATCH_SIZE = 500

/** The recommendation module's generated data methods this script uses (MedusaService CRUD). */
type RecommendationDataService = {
  listServedRecommendations(
    filters: { id: string[] },
    config: { select: string[]; take: null }
  ): Promise<{ id: string }[]>
  createServedRecommendations(
    data: {
      id: string
      placement: ActivityPlacement
      product_ids: string[]
      source_product_id: string | null
      customer_id: string | null
      session_id: string
      latency_ms: number
      served_at: Date
    }[]
  ): Promise<unknown>
  listInteractions(
    filters: { id: string[] } | { order_id: string[]; type: "purchase" },
    config: { select: string[]; take: null }
  ): Promise<{ id: string; order_id: string | null }[]>
  createInteractions(
    data: {
      id: string
      type: "view" | "add_to_cart" | "recommendation_click"
      product_id: string
      quantity: number
      customer_id: string | null
      session_id: string
      recommendation_id: string | null
      occurred_at: Date
    }[]
  ): Promise<unknown>
  listRecommendationAttributions(
    filters: { order_id: string[] },
    config: { select: string[]; take: null }
  ): Promise<{ order_id: string; product_id: string }[]>
  createRecommendationAttributions(
    data: {
      order_id: string
      product_id: string
      recommendation_id: string
      placement: ActivityPlacement
      quantity: number
      revenue: number
      currency_code: string
      customer_id: string | null
      session_id: string | null
      ordered_at: Date
    }[]
  ): Promise<unknown>
}

type Container = ExecArgs["container"]
type Log = (message: string) => void
type CatalogProduct = {
  id: string
  title: string
  variantIds: Map<string, string>
  /** Every variant's EUR price (seed.ts prices them alike). */
  price: number
}

export default async function seedDemoActivity({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log: Log = (message) => logger.info(`[demo activity] ${message}`)
  const info = readDemoInfo()
  const recommendations = container.resolve<RecommendationDataService>(RECOMMENDATION_MODULE)

  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { select: ["id", "metadata"] })
  const stored = readActivityMetadata(store.metadata)
  const anchor = stored?.anchor ?? new Date(Math.floor(Date.now() / 60_000) * 60_000)
  const plan = planDemoActivity(
    demoProducts.map((product) => ({
      handle: product.handle,
      category: product.category,
      type: product.type,
      collection: product.collection,
      tags: product.tags,
      variants: product.option.values,
    })),
    { anchor }
  )
  const digest = crypto.createHash("sha256").update(JSON.stringify(plan)).digest("hex").slice(0, 16)
  if (stored && stored.digest !== digest) {
    log(
      `the database holds activity seeded by another version of the planner (${stored.digest}, ` +
        `now ${digest}): left as it is. To reseed, start from an empty database ` +
        "(remove demo/.data, or drop the database of DATABASE_URL)."
    )
    return
  }
  if (!stored) {
    // Kept before writing anything, so an interrupted run resumes the same plan.
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          metadata: {
            ...store.metadata,
            [ACTIVITY_METADATA_KEY]: { anchor: anchor.toISOString(), digest },
          },
        },
      },
    })
  }
  log(
    `planned ${plan.customers.length} customers, ${plan.served.length} served lists, ` +
      `${plan.events.length} events and ${plan.orders.length} orders up to ${anchor.toISOString()}`
  )

  const products = await loadCatalog(container)
  const productId = (handle: string) => {
    const product = products.get(handle)
    if (!product) throw new Error(`demo activity: product "${handle}" is missing: run seed.ts`)
    return product.id
  }
  const customerIds = await ensureCustomers(container, plan, log)
  const customerId = (email: string | null) => {
    if (email === null) return null
    const id = customerIds.get(email)
    if (!id) throw new Error(`demo activity: customer ${email} was not created`)
    return id
  }

  // Served lists before the events that point at them, events before orders.
  const servedIds = plan.served.map((served) => served.id)
  const missingServed = await missingIds(servedIds, (ids) =>
    recommendations.listServedRecommendations({ id: ids }, { select: ["id"], take: null })
  )
  await inBatches(
    plan.served.filter((served) => missingServed.has(served.id)),
    (batch) =>
      recommendations.createServedRecommendations(
        batch.map((served) => ({
          id: served.id,
          placement: served.placement,
          product_ids: served.product_handles.map(productId),
          source_product_id: served.source_handle ? productId(served.source_handle) : null,
          customer_id: customerId(served.customer_email),
          session_id: served.session_id,
          latency_ms: served.latency_ms,
          served_at: served.served_at,
        }))
      )
  )
  log(`served lists: ${missingServed.size} written, ${servedIds.length - missingServed.size} kept`)

  const eventIds = plan.events.map((event) => event.id)
  const missingEvents = await missingIds(eventIds, (ids) =>
    recommendations.listInteractions({ id: ids }, { select: ["id"], take: null })
  )
  await inBatches(
    plan.events.filter((event) => missingEvents.has(event.id)),
    (batch) =>
      recommendations.createInteractions(
        batch.map((event) => ({
          id: event.id,
          type: event.type,
          product_id: productId(event.product_handle),
          quantity: event.quantity,
          customer_id: customerId(event.customer_email),
          session_id: event.session_id,
          recommendation_id: event.recommendation_id,
          occurred_at: event.occurred_at,
        }))
      )
  )
  log(`events: ${missingEvents.size} written, ${eventIds.length - missingEvents.size} kept`)

  const orderIds = await ensureOrders(container, plan, info, products, customerId, log)
  await recordPurchases(container, recommendations, orderIds, log)
  await ensureAttributions(
    container,
    recommendations,
    plan.orders,
    orderIds,
    productId,
    customerId,
    log
  )
}

/** The first run's anchor (the end of the activity) and plan digest, when there was one. */
function readActivityMetadata(
  metadata: Record<string, unknown> | null | undefined
): { anchor: Date; digest: string } | null {
  const value = metadata?.[ACTIVITY_METADATA_KEY]
  if (typeof value !== "object" || value === null) return null
  const { anchor, digest } = value as Record<string, unknown>
  if (typeof anchor !== "string" || Number.isNaN(Date.parse(anchor))) return null
  if (typeof digest !== "string") return null
  return { anchor: new Date(anchor), digest }
}

async function loadCatalog(container: Container): Promise<Map<string, CatalogProduct>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const prices = new Map(demoProducts.map((product) => [product.handle, product.price]))
  const products = await productModule.listProducts(
    { handle: demoProducts.map((product) => product.handle) },
    { relations: ["variants"], take: null }
  )
  return new Map(
    products.map((product) => [
      product.handle,
      {
        id: product.id,
        title: product.title,
        variantIds: new Map((product.variants ?? []).map((variant) => [variant.title, variant.id])),
        price: prices.get(product.handle) ?? 0,
      },
    ])
  )
}

/** The plan's customers by email, created when missing with their first visit as sign-up date. */
async function ensureCustomers(
  container: Container,
  plan: ActivityPlan,
  log: Log
): Promise<Map<string, string>> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const emails = plan.customers.map((customer) => customer.email)
  const existing = await customerModule.listCustomers({ email: emails }, { take: null })
  const ids = new Map(existing.map((customer) => [customer.email ?? "", customer.id]))
  const missing = plan.customers.filter((customer) => !ids.has(customer.email))
  if (missing.length) {
    const { result } = await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map(({ email, first_name, last_name }) => ({
          email,
          first_name,
          last_name,
        })),
      },
    })
    for (const customer of result) ids.set(customer.email ?? "", customer.id)
    await backdate(
      container,
      "customer",
      missing.map((customer) => ({ id: ids.get(customer.email) ?? "", at: customer.created_at }))
    )
  }
  log(`customers: ${missing.length} created, ${plan.customers.length - missing.length} kept`)
  return ids
}

/**
 * Creates the plan's missing orders with Medusa's createOrderWorkflow (the demo region, sales
 * channel, products and customers) and dates them when they were placed. Returns every planned
 * order's id by key.
 */
async function ensureOrders(
  container: Container,
  { orders, customers }: ActivityPlan,
  info: DemoInfo,
  products: Map<string, CatalogProduct>,
  customerId: (email: string) => string | null,
  log: Log
): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"] })
  const ids = new Map<string, string>()
  for (const order of data as { id: string; metadata: Record<string, unknown> | null }[]) {
    const key = order.metadata?.[ORDER_KEY_METADATA_KEY]
    if (typeof key === "string") ids.set(key, order.id)
  }
  const missing = orders.filter((order) => !ids.has(order.key))
  const names = new Map(customers.map((customer) => [customer.email, customer]))
  const startedAt = Date.now()
  // One at a time, oldest first: display ids then follow the order dates.
  for (const [index, order] of missing.entries()) {
    const customer = customerId(order.customer_email)
    const name = names.get(order.customer_email)
    const { result } = await createOrderWorkflow(container).run({
      input: {
        region_id: info.regionId,
        sales_channel_id: info.salesChannelId,
        customer_id: customer ?? undefined,
        email: order.customer_email,
        currency_code: "eur",
        shipping_address: {
          first_name: name?.first_name,
          last_name: name?.last_name,
          address_1: "Demo Street 1",
          city: "Amsterdam",
          postal_code: "1011 AA",
          country_code: "nl",
        },
        items: order.lines.map((line) => {
          const product = products.get(line.product_handle)
          const variantId = product?.variantIds.get(line.variant)
          if (!product || !variantId) {
            throw new Error(`demo activity: no variant "${line.variant}" of ${line.product_handle}`)
          }
          return {
            title: product.title,
            variant_id: variantId,
            quantity: line.quantity,
            unit_price: product.price,
          }
        }),
        metadata: { [ORDER_KEY_METADATA_KEY]: order.key },
      },
    })
    // Orders are created now; the activity says when they were placed.
    await backdate(container, "order", [{ id: result.id, at: order.placed_at }])
    ids.set(order.key, result.id)
    if ((index + 1) % 25 === 0) log(`orders ${index + 1}/${missing.length}`)
  }
  log(
    `orders: ${missing.length} created` +
      (missing.length ? ` in ${((Date.now() - startedAt) / 1000).toFixed(1)} s` : "") +
      `, ${orders.length - missing.length} kept`
  )
  return ids
}

/** Runs the plugin's record-order-purchases workflow for the orders with no purchases yet. */
async function recordPurchases(
  container: Container,
  recommendations: RecommendationDataService,
  orderIds: Map<string, string>,
  log: Log
): Promise<void> {
  const ids = [...orderIds.values()]
  const recorded = await recommendations.listInteractions(
    { order_id: ids, type: "purchase" },
    { select: ["id", "order_id"], take: null }
  )
  const done = new Set(recorded.map((row) => row.order_id))
  const pending = ids.filter((id) => !done.has(id))
  const workflows = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  for (const orderId of pending) {
    const { errors } = await workflows.run(RECORD_ORDER_PURCHASES_WORKFLOW, {
      input: { order_id: orderId },
      throwOnError: false,
    })
    if (errors?.length) {
      throw new Error(`record-order-purchases failed for ${orderId}: ${errors[0].error?.message}`)
    }
  }
  log(`purchases recorded for ${pending.length} orders, ${ids.length - pending.length} kept`)
}

/**
 * Credits ordered products to the recommendation the customer clicked them in, with the line's
 * revenue in the order's currency, unless that (order, product) is already credited.
 */
async function ensureAttributions(
  container: Container,
  recommendations: RecommendationDataService,
  orders: PlannedOrder[],
  orderIds: Map<string, string>,
  productId: (handle: string) => string,
  customerId: (email: string) => string | null,
  log: Log
): Promise<void> {
  const attributed = orders.filter((order) => order.attributions.length)
  const ids = attributed.map((order) => orderIds.get(order.key) ?? "")
  const existing = await recommendations.listRecommendationAttributions(
    { order_id: ids },
    { select: ["order_id", "product_id"], take: null }
  )
  const credited = new Set(existing.map((row) => `${row.order_id}|${row.product_id}`))
  const lines = await orderLines(container, ids)

  const rows: Parameters<RecommendationDataService["createRecommendationAttributions"]>[0] = []
  for (const order of attributed) {
    const orderId = orderIds.get(order.key) ?? ""
    for (const attribution of order.attributions) {
      const product = productId(attribution.product_handle)
      if (credited.has(`${orderId}|${product}`)) continue
      const line = lines.get(`${orderId}|${product}`)
      if (!line) throw new Error(`demo activity: order ${orderId} has no line of ${product}`)
      rows.push({
        order_id: orderId,
        product_id: product,
        recommendation_id: attribution.recommendation_id,
        placement: attribution.placement,
        quantity: line.quantity,
        revenue: line.revenue,
        currency_code: line.currency_code,
        customer_id: customerId(order.customer_email),
        session_id: attribution.session_id,
        ordered_at: order.placed_at,
      })
    }
  }
  await inBatches(rows, (batch) => recommendations.createRecommendationAttributions(batch))
  const revenue = rows.reduce((sum, row) => sum + row.revenue, 0)
  log(`attributions: ${rows.length} written (EUR ${revenue.toFixed(2)}), ${credited.size} kept`)
}

type OrderLine = { quantity: number; revenue: number; currency_code: string }

/** Each order's quantity and revenue per product, from the stored order. */
async function orderLines(
  container: Container,
  orderIds: string[]
): Promise<Map<string, OrderLine>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // An order line's quantity lives on its detail: without it `items.quantity` is not filled.
    fields: [
      "id",
      "currency_code",
      "items.product_id",
      "items.unit_price",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: orderIds },
  })
  const lines = new Map<string, OrderLine>()
  for (const order of data) {
    for (const item of order.items ?? []) {
      if (!item?.product_id) continue
      const key = `${order.id}|${item.product_id}`
      const line = lines.get(key) ?? { quantity: 0, revenue: 0, currency_code: order.currency_code }
      const quantity = MathBN.convert(item.quantity).toNumber()
      line.quantity += quantity
      line.revenue += MathBN.mult(item.unit_price, quantity).toNumber()
      lines.set(key, line)
    }
  }
  return lines
}

/** Ids of `ids` not stored yet, asked in chunks. */
async function missingIds(
  ids: string[],
  list: (chunk: string[]) => Promise<{ id: string }[]>
): Promise<Set<string>> {
  const missing = new Set(ids)
  for (let start = 0; start < ids.length; start += 2000) {
    for (const row of await list(ids.slice(start, start + 2000))) missing.delete(row.id)
  }
  return missing
}

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += WRITE_BATCH_SIZE) {
    await write(items.slice(start, start + WRITE_BATCH_SIZE))
  }
}

/**
 * Sets `created_at` and `updated_at` of rows Medusa's workflows just created to when the
 * activity says they happened: no workflow takes a creation date.
 */
async function backdate(
  container: Container,
  table: "order" | "customer",
  rows: { id: string; at: Date }[]
): Promise<void> {
  if (!rows.length) return
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const values = rows.map(() => "(?, ?::timestamptz)").join(", ")
  await pg.raw(
    `UPDATE "${table}" AS t SET created_at = v.at, updated_at = v.at
     FROM (VALUES ${values}) AS v(id, at) WHERE t.id = v.id`,
    rows.flatMap((row) => [row.id, row.at.toISOString()])
  )
}
