// End to end: `npm run demo` from scratch on a fresh database, the seeded shopper activity
// checked in PostgreSQL and through the store API, then the Medusa admin in headless Chromium.
//
//   npm run test:e2e
//
// Screenshots go to test-results/e2e/screenshots (E2E_SCREENSHOT_DIR=docs/screenshots refreshes
// the README's), the demo's output to test-results/e2e/demo.log, timings to timings.json there.
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import type {
  AdminProductRecommendationsResponse,
  AdminRecommendationMetricsResponse,
  AdminRecommendationSettingsResponse,
  StoreProductRecommendationsResponse,
} from "../src/types/http"
import { ATTRIBUTION_WINDOW_DAYS } from "../demo/src/scripts/demo-activity"
import { openAdminBrowser, type AdminBrowser } from "./support/admin-browser"
import { startDemoStore, type DemoStore } from "./support/demo-store"
import { storeGet } from "./support/store-api"
import { TEST_IDS } from "./support/test-ids"

const ARTIFACTS = path.resolve(__dirname, "..", "test-results", "e2e")
const SCREENSHOTS = path.resolve(
  process.env.E2E_SCREENSHOT_DIR ?? path.join(ARTIFACTS, "screenshots")
)
const DAY_MS = 24 * 60 * 60 * 1000
/** The setting the preview step drafts: popularity's share in "similar" lists (default 0.05). */
const DRAFT_SETTING = "fusion.similar_popularity"

/** Seconds per phase, printed and written to timings.json at the end. */
const timings: Record<string, number> = {}
async function timed<T>(phase: string, action: () => Promise<T>): Promise<T> {
  const startedAt = Date.now()
  try {
    return await action()
  } finally {
    timings[phase] = (Date.now() - startedAt) / 1000
  }
}

let demo: DemoStore
let db: Client
let admin: AdminBrowser
const suiteStartedAt = Date.now()

beforeAll(async () => {
  demo = await timed("demo: from scratch to ready", () => startDemoStore(ARTIFACTS))
  for (const { step, seconds } of demo.steps) timings[`demo: ${step}`] = seconds
  db = new Client({ connectionString: demo.databaseUrl })
  await db.connect()
  admin = await openAdminBrowser(demo.baseUrl, SCREENSHOTS)
}, 60 * 60_000)

afterAll(async () => {
  await admin?.close()
  await db?.end()
  await demo?.stop()
  timings["total"] = (Date.now() - suiteStartedAt) / 1000
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  fs.writeFileSync(path.join(ARTIFACTS, "timings.json"), JSON.stringify(timings, null, 2) + "\n")
  const width = Math.max(...Object.keys(timings).map((phase) => phase.length))
  process.stdout.write(
    "\nEnd-to-end timings (s)\n" +
      Object.entries(timings)
        .map(([phase, seconds]) => `  ${phase.padEnd(width)}  ${seconds.toFixed(1).padStart(7)}`)
        .join("\n") +
      "\n"
  )
}, 2 * 60_000)

async function rows<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, values)).rows as T[]
}

describe("seeded shopper activity", () => {
  it("served lists in every placement over six weeks, with their latencies", async () => {
    const placements = await rows<{
      placement: string
      served: number
      first: Date
      last: Date
      min_latency: number
      empty_lists: number
    }>(
      `SELECT placement, count(*)::int AS served, min(served_at) AS first, max(served_at) AS last,
              min(latency_ms) AS min_latency,
              count(*) FILTER (WHERE jsonb_array_length(product_ids) = 0)::int AS empty_lists
       FROM recommendation_served GROUP BY placement ORDER BY placement`
    )
    expect(placements.map((row) => row.placement)).toEqual([
      "bought_together",
      "personalized",
      "search",
      "similar",
    ])
    for (const row of placements) {
      expect(row.served).toBeGreaterThan(100)
      expect(row.min_latency).toBeGreaterThan(0)
      expect(row.empty_lists).toBe(0)
      expect(Date.now() - row.first.getTime()).toBeGreaterThan(35 * DAY_MS)
      expect(Date.now() - row.last.getTime()).toBeLessThan(2 * DAY_MS)
    }
  })

  it("links every click to an earlier list that showed the product to the same shopper", async () => {
    const [clicks] = await rows<{ total: number; unmatched: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE s.id IS NULL OR NOT s.product_ids ? i.product_id
                OR s.session_id IS DISTINCT FROM i.session_id
                OR s.customer_id IS DISTINCT FROM i.customer_id
                OR i.occurred_at < s.served_at)::int AS unmatched
       FROM recommendation_interaction i
       LEFT JOIN recommendation_served s ON s.id = i.recommendation_id
       WHERE i.type = 'recommendation_click'`
    )
    expect(clicks.total).toBeGreaterThan(200)
    expect(clicks.unmatched).toBe(0)
  })

  it("stores real orders, dated over the period, with their purchases recorded at that date", async () => {
    const [orders] = await rows<{ total: number; first: Date; without_purchases: number }>(
      `SELECT count(*)::int AS total, min(o.created_at) AS first,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM recommendation_interaction p
                WHERE p.type = 'purchase' AND p.order_id = o.id
                  AND p.occurred_at = o.created_at AND p.customer_id = o.customer_id))::int
                AS without_purchases
       FROM "order" o WHERE o.metadata ? 'demo_activity_key'`
    )
    expect(orders.total).toBeGreaterThan(100)
    expect(Date.now() - orders.first.getTime()).toBeGreaterThan(35 * DAY_MS)
    expect(orders.without_purchases).toBe(0)
  })

  it("credits ordered products to the customer's earlier click, with the line's revenue", async () => {
    const attributions = await rows<{
      placement: string
      revenue: string
      line_revenue: string | null
      clicked: boolean
    }>(
      `SELECT a.placement, a.revenue::text,
              (SELECT sum(li.unit_price * oi.quantity)::text FROM order_item oi
               JOIN order_line_item li ON li.id = oi.item_id
               WHERE oi.order_id = a.order_id AND li.product_id = a.product_id
                 AND oi.version = o.version) AS line_revenue,
              EXISTS (SELECT 1 FROM recommendation_interaction c
                      WHERE c.type = 'recommendation_click'
                        AND c.recommendation_id = a.recommendation_id
                        AND c.product_id = a.product_id AND c.customer_id = a.customer_id
                        AND c.occurred_at < a.ordered_at
                        AND c.occurred_at > a.ordered_at - make_interval(days => $1)) AS clicked
       FROM recommendation_attribution a JOIN "order" o ON o.id = a.order_id
       WHERE a.ordered_at = o.created_at AND a.currency_code = o.currency_code`,
      [ATTRIBUTION_WINDOW_DAYS]
    )
    expect(attributions.length).toBeGreaterThan(20)
    expect(new Set(attributions.map((row) => row.placement)).size).toBeGreaterThanOrEqual(3)
    for (const row of attributions) {
      expect(row.clicked).toBe(true)
      expect(Number(row.revenue)).toBeGreaterThan(0)
      expect(Number(row.revenue)).toBeCloseTo(Number(row.line_revenue), 2)
    }
    const [{ total }] = await rows<{ total: number }>(
      "SELECT count(*)::int AS total FROM recommendation_attribution"
    )
    expect(attributions).toHaveLength(total)
  })

  it("mixes what shoppers also viewed into the showcase product's similar list", async () => {
    const { status, body } = await storeGet<StoreProductRecommendationsResponse>(
      demo.baseUrl,
      `/store/products/${demo.info.showcaseProductId}/recommendations?fields=id`,
      demo.info.publishableKey
    )
    expect(status).toBe(200)
    const learnt = body.recommendations.filter((item) =>
      item.reasons.some((reason) => reason.type === "also_interacted")
    )
    expect(learnt.length).toBeGreaterThanOrEqual(3)
  })

  it("teaches the store's bought-together list: the most co-purchased pair is recommended", async () => {
    const [pair] = await rows<{ product_id: string; partner_id: string; orders: number }>(
      `SELECT a.product_id, b.product_id AS partner_id, count(*)::int AS orders
       FROM recommendation_interaction a
       JOIN recommendation_interaction b ON b.order_id = a.order_id AND b.product_id <> a.product_id
       WHERE a.type = 'purchase' AND b.type = 'purchase'
       GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 1`
    )
    expect(pair.orders).toBeGreaterThanOrEqual(3)
    const { status, body } = await storeGet<StoreProductRecommendationsResponse>(
      demo.baseUrl,
      `/store/products/${pair.product_id}/frequently-bought-together?fields=id`,
      demo.info.publishableKey
    )
    expect(status).toBe(200)
    expect(body.recommendations.map((item) => item.product_id)).toContain(pair.partner_id)
  })
})

describe("seeding the activity again", () => {
  it("writes nothing: the same plan, the same ids, all already stored", async () => {
    const count = async () =>
      (
        await rows<Record<string, number>>(
          `SELECT (SELECT count(*)::int FROM customer) AS customers,
                  (SELECT count(*)::int FROM "order") AS orders,
                  (SELECT count(*)::int FROM recommendation_served) AS served,
                  (SELECT count(*)::int FROM recommendation_interaction) AS interactions,
                  (SELECT count(*)::int FROM recommendation_attribution) AS attributions`
        )
      )[0]
    const before = await count()
    const output = await timed("seed-activity.ts again", () =>
      demo.exec("./src/scripts/seed-activity.ts")
    )
    expect(output).toContain("orders: 0 created")
    expect(await count()).toEqual(before)
  })
})

describe("admin", () => {
  it("logs in and lists the seeded orders", async () => {
    await timed("admin: first page (Vite compiles the admin) and log in", () => admin.logIn())
    const rowsShown = admin.page.locator("table tbody tr")
    await rowsShown.first().waitFor({ timeout: 60_000 })
    expect(await rowsShown.count()).toBeGreaterThan(5)
    await admin.screenshot("admin-orders")
  })

  it("shows the product's recommendations in the product page widget", async () => {
    const { page } = admin
    const { showcaseProductId, showcaseProductTitle } = demo.info
    const widget = page.getByTestId(TEST_IDS.productWidget)
    const items = widget.getByTestId(TEST_IDS.productSimilar).getByTestId(TEST_IDS.productItem)
    await timed("admin: product page with the widget", async () => {
      await page.goto(`/app/products/${showcaseProductId}`)
      await items.first().waitFor({ timeout: 60_000 })
    })

    // The same session asks the admin API what the widget shows.
    const response = await page.request.get(
      `/admin/products/${showcaseProductId}/recommendations?limit=8`
    )
    expect(response.status()).toBe(200)
    const body = (await response.json()) as AdminProductRecommendationsResponse
    expect(body.embedding?.status).toBe("ready")
    expect(body.similar.length).toBeGreaterThanOrEqual(5)

    const titles = await items.evaluateAll((elements) =>
      elements.map((element) => element.querySelector("a")?.textContent ?? "")
    )
    expect(titles.map((title) => title.trim())).toEqual(body.similar.map((item) => item.title))
    expect(titles).not.toContain(showcaseProductTitle)
    await expect(widget.getByText("ready", { exact: true }).isVisible()).resolves.toBe(true)

    await widget.scrollIntoViewIfNeeded()
    await admin.screenshot("product-recommendations-widget", widget)
    await admin.screenshot("product-page")
  })

  describe("Recommendations page", () => {
    it("shows the embedding coverage of the whole catalog", async () => {
      const { page } = admin
      await timed("admin: Recommendations page", async () => {
        await page.goto("/app/recommendations")
        await page.getByTestId(TEST_IDS.coverageSummary).waitFor({ timeout: 60_000 })
      })
      const summary = await page.getByTestId(TEST_IDS.coverageSummary).innerText()
      const { rows: counts } = await db.query<{ ready: number; total: number }>(
        `SELECT count(*) FILTER (WHERE status = 'ready')::int AS ready, count(*)::int AS total
         FROM product_embedding WHERE deleted_at IS NULL`
      )
      expect(counts[0].ready).toBe(counts[0].total)
      // e.g. "180 of 180 products embedded"
      expect(summary.replace(/[,\s]/g, "")).toContain(`${counts[0].ready}of${counts[0].total}`)
      await admin.screenshot("recommendations-coverage", page.getByTestId(TEST_IDS.coverage))
    })

    it("charts the seeded traffic, with the totals of the metrics route", async () => {
      const { page } = admin
      const chart = page.getByTestId(TEST_IDS.chart)
      await chart.locator("svg path").first().waitFor({ timeout: 60_000 })
      const response = await page.request.get("/admin/recommendations/metrics")
      expect(response.status()).toBe(200)
      const metrics = (await response.json()) as AdminRecommendationMetricsResponse
      const impressions = metrics.totals.reduce((sum, total) => sum + total.impressions, 0)
      expect(impressions).toBeGreaterThan(0)
      expect(metrics.totals.some((total) => total.orders > 0)).toBe(true)
      // The page's own range (the last 30 days) holds most of the six seeded weeks.
      const card = await page.getByTestId(TEST_IDS.totalImpressions).innerText()
      expect(card).toMatch(/[1-9]/)
      await admin.screenshot("recommendations-metrics", page.getByTestId(TEST_IDS.metrics))
    })

    it("renders the settings form with the live settings", async () => {
      const { page } = admin
      const form = page.getByTestId(TEST_IDS.settingsForm)
      await form.waitFor({ timeout: 60_000 })
      const field = form.locator(`input[name="${DRAFT_SETTING}"]`)
      await expect(field.inputValue()).resolves.toBe("0.05")
      await admin.screenshot("recommendations-settings", form)
    })

    it("previews an unsaved setting: the draft list changes, the live one does not", async () => {
      const { page } = admin
      const { showcaseProductTitle } = demo.info
      const preview = page.getByTestId(TEST_IDS.preview)
      const combobox = preview.getByRole("combobox")
      await combobox.fill(showcaseProductTitle)
      await preview.getByRole("option").filter({ hasText: showcaseProductTitle }).first().click()

      const live = page.getByTestId(TEST_IDS.previewLive).getByTestId(TEST_IDS.previewLiveSimilar)
      const draft = page
        .getByTestId(TEST_IDS.previewDraft)
        .getByTestId(TEST_IDS.previewDraftSimilar)
      const idsIn = (list: typeof live) =>
        list
          .getByTestId(TEST_IDS.previewItem)
          .evaluateAll((elements) => elements.map((element) => element.dataset.productId))
      await live.getByTestId(TEST_IDS.previewItem).first().waitFor({ timeout: 60_000 })
      const liveBefore = await idsIn(live)
      expect(await idsIn(draft)).toEqual(liveBefore)

      // Popularity's share in "similar" from 0.05 to 1: the draft ranks by popularity alone.
      await page.locator(`input[name="${DRAFT_SETTING}"]`).fill("1")
      await draft
        .locator(`[data-testid="${TEST_IDS.previewItem}"]:not([data-change="same"])`)
        .first()
        .waitFor({ timeout: 60_000 })
      expect(await idsIn(draft)).not.toEqual(liveBefore)
      expect(await idsIn(live)).toEqual(liveBefore)
      await admin.screenshot("recommendations-preview", preview)
      await admin.screenshot("recommendations-page")

      // Nothing was saved: the store still ranks with the live settings.
      const settings = await page.request.get("/admin/recommendations/settings")
      expect(((await settings.json()) as AdminRecommendationSettingsResponse).overrides).toEqual({})
    })
  })
})
