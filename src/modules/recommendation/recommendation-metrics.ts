import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type {
  AdminRecommendationMetricsResponse,
  RecommendationMetricsCounts,
} from "../../types/http"
import { RECOMMENDATION_PLACEMENTS, type RecommendationPlacement } from "./models/placement"

export type RecommendationMetricsRange = {
  /** Inclusive. */
  from: Date
  /** Exclusive. */
  to: Date
  placement?: RecommendationPlacement
}

// Every query groups by (day, placement) and by placement alone: `date` is null on the totals.
type Grouped = { date: string | null; placement: RecommendationPlacement }
type ServedRow = Grouped & { impressions: number; p50: number | null; p95: number | null }
type EventRow = Grouped & { clicks: number; add_to_carts: number }
type OrderRow = Grouped & { orders: number }
type RevenueRow = Grouped & { currency_code: string; amount: string }

const GROUPS = `GROUP BY GROUPING SETS ((date, placement), (placement))`

function utcDay(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
}

/**
 * Impressions, clicks, add-to-carts, attributed orders and revenue, and serving latency, per UTC
 * day and placement and per placement over the range, aggregated in PostgreSQL. Clicks and
 * add-to-carts count when their recommendation_id names a served response (its placement);
 * each is counted on its own day.
 */
export async function readRecommendationMetrics(
  manager: SqlEntityManager,
  range: RecommendationMetricsRange
): Promise<AdminRecommendationMetricsResponse> {
  const placement = range.placement ?? null
  const bounds = [range.from, range.to, placement, placement]
  // One after the other: inside a transaction they share one connection.
  const served = await manager.execute<ServedRow[]>(
    `SELECT date, placement, count(*)::int AS impressions,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
     FROM (SELECT ${utcDay("served_at")} AS date, placement, latency_ms
           FROM recommendation_served
           WHERE deleted_at IS NULL AND served_at >= ? AND served_at < ?
             AND (?::text IS NULL OR placement = ?)) served
     ${GROUPS}`,
    bounds
  )
  const events = await manager.execute<EventRow[]>(
    `SELECT date, placement,
            count(*) FILTER (WHERE type = 'recommendation_click')::int AS clicks,
            count(*) FILTER (WHERE type = 'add_to_cart')::int AS add_to_carts
     FROM (SELECT ${utcDay("i.occurred_at")} AS date, s.placement, i.type
           FROM recommendation_interaction i
           JOIN recommendation_served s ON s.id = i.recommendation_id AND s.deleted_at IS NULL
           WHERE i.deleted_at IS NULL AND i.type IN ('recommendation_click', 'add_to_cart')
             AND i.occurred_at >= ? AND i.occurred_at < ?
             AND (?::text IS NULL OR s.placement = ?)) events
     ${GROUPS}`,
    bounds
  )
  const orders = await manager.execute<OrderRow[]>(
    `SELECT date, placement, count(DISTINCT order_id)::int AS orders
     FROM (SELECT ${utcDay("ordered_at")} AS date, placement, order_id
           FROM recommendation_attribution
           WHERE deleted_at IS NULL AND ordered_at >= ? AND ordered_at < ?
             AND (?::text IS NULL OR placement = ?)) attributed
     ${GROUPS}`,
    bounds
  )
  const revenue = await manager.execute<RevenueRow[]>(
    `SELECT date, placement, currency_code, sum(revenue)::text AS amount
     FROM (SELECT ${utcDay("ordered_at")} AS date, placement, currency_code, revenue
           FROM recommendation_attribution
           WHERE deleted_at IS NULL AND ordered_at >= ? AND ordered_at < ?
             AND (?::text IS NULL OR placement = ?)) attributed
     GROUP BY GROUPING SETS ((date, placement, currency_code), (placement, currency_code))
     ORDER BY currency_code`,
    bounds
  )

  const counts = new Map<string, RecommendationMetricsCounts & { date: string | null }>()
  const entry = ({ date, placement }: Grouped) => {
    const key = `${date ?? "total"}|${placement}`
    let found = counts.get(key)
    if (!found) {
      found = { date, ...emptyCounts(placement) }
      counts.set(key, found)
    }
    return found
  }
  for (const row of served) {
    Object.assign(entry(row), {
      impressions: row.impressions,
      latency_p50_ms: row.p50 === null ? null : Number(row.p50),
      latency_p95_ms: row.p95 === null ? null : Number(row.p95),
    })
  }
  for (const row of events) {
    Object.assign(entry(row), { clicks: row.clicks, add_to_carts: row.add_to_carts })
  }
  for (const row of orders) entry(row).orders = row.orders
  for (const row of revenue) {
    entry(row).revenue.push({ currency_code: row.currency_code, amount: Number(row.amount) })
  }

  const withRates = <T extends RecommendationMetricsCounts>(item: T) => ({
    ...item,
    ctr: ratio(item.clicks, item.impressions),
  })
  const days = [...counts.values()]
    .filter((item): item is typeof item & { date: string } => item.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || placementOrder(a) - placementOrder(b))
    .map((item) => withRates(item))
  const placements = placement ? [placement] : RECOMMENDATION_PLACEMENTS
  const totals = placements.map((name) => {
    const { date: _total, ...item } = counts.get(`total|${name}`) ?? {
      date: null,
      ...emptyCounts(name),
    }
    return { ...withRates(item), conversion_rate: ratio(item.orders, item.clicks) }
  })
  return { from: range.from.toISOString(), to: range.to.toISOString(), days, totals }
}

function emptyCounts(placement: RecommendationPlacement): RecommendationMetricsCounts {
  return {
    placement,
    impressions: 0,
    clicks: 0,
    ctr: 0,
    add_to_carts: 0,
    orders: 0,
    revenue: [],
    latency_p50_ms: null,
    latency_p95_ms: null,
  }
}

function placementOrder(item: { placement: RecommendationPlacement }): number {
  return RECOMMENDATION_PLACEMENTS.indexOf(item.placement)
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0
}
