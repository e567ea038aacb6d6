// Shapes the metrics answer for the charts and cards: every day of the range (days without
// traffic are absent from the answer), one value per placement, totals over chosen placements.
import type {
  AdminRecommendationMetricsDay,
  AdminRecommendationMetricsTotals,
} from "../../types/http"
import { formatCount, formatMilliseconds, formatMoney, formatPercent } from "./format"
import type { RecommendationPlacement } from "./placements"

export type ChartMetric = "impressions" | "ctr" | "conversion" | "revenue" | "latency_p95"

export const CHART_METRICS: { key: ChartMetric; label: string }[] = [
  { key: "impressions", label: "Impressions" },
  { key: "ctr", label: "CTR" },
  { key: "conversion", label: "Conversion" },
  { key: "revenue", label: "Revenue" },
  { key: "latency_p95", label: "Latency p95" },
]

const DAY_MS = 24 * 3600 * 1000

/** The UTC day `daysBack` days before today, as YYYY-MM-DD. */
export function utcDay(daysBack = 0, now = new Date()): string {
  return new Date(now.getTime() - daysBack * DAY_MS).toISOString().slice(0, 10)
}

/** Every day from `from` to `to` (YYYY-MM-DD, both included). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (
    let time = Date.parse(`${from}T00:00:00Z`);
    time <= Date.parse(`${to}T00:00:00Z`);
    time += DAY_MS
  ) {
    days.push(new Date(time).toISOString().slice(0, 10))
  }
  return days
}

function amountIn(revenue: AdminRecommendationMetricsDay["revenue"], currency: string): number {
  return revenue.find((entry) => entry.currency_code === currency)?.amount ?? 0
}

/** A day's value of `metric`; null where a ratio has no denominator or latency was not measured. */
function dayValue(
  day: AdminRecommendationMetricsDay | undefined,
  metric: ChartMetric,
  currency: string
) {
  switch (metric) {
    case "impressions":
      return day?.impressions ?? 0
    case "ctr":
      return day && day.impressions > 0 ? day.clicks / day.impressions : null
    case "conversion":
      return day && day.clicks > 0 ? day.orders / day.clicks : null
    case "revenue":
      return day ? amountIn(day.revenue, currency) : 0
    case "latency_p95":
      return day?.latency_p95_ms ?? null
  }
}

export type ChartPoint = { date: string } & Partial<Record<RecommendationPlacement, number | null>>

/** One point per day of the range, with the metric of each placement. */
export function chartSeries(
  days: readonly AdminRecommendationMetricsDay[],
  range: { from: string; to: string },
  placements: readonly RecommendationPlacement[],
  metric: ChartMetric,
  currency: string
): ChartPoint[] {
  const byKey = new Map(days.map((day) => [`${day.date}|${day.placement}`, day]))
  return daysBetween(range.from, range.to).map((date) => {
    const point: ChartPoint = { date }
    for (const placement of placements) {
      point[placement] = dayValue(byKey.get(`${date}|${placement}`), metric, currency)
    }
    return point
  })
}

/** How a metric's values read on an axis and in the tooltip. */
export function formatMetric(metric: ChartMetric, value: number, currency: string): string {
  switch (metric) {
    case "impressions":
      return formatCount(value)
    case "ctr":
    case "conversion":
      return formatPercent(value)
    case "revenue":
      return formatMoney(value, currency)
    case "latency_p95":
      return formatMilliseconds(value)
  }
}

export type MetricsSummary = {
  impressions: number
  clicks: number
  orders: number
  /** clicks / impressions, null without impressions */
  ctr: number | null
  /** orders / clicks, null without clicks */
  conversion: number | null
  revenue: { currency_code: string; amount: number }[]
}

/** The chosen placements' totals added up, ratios recomputed from the sums. */
export function summarize(
  totals: readonly AdminRecommendationMetricsTotals[],
  placements: readonly RecommendationPlacement[]
): MetricsSummary {
  const chosen = totals.filter((total) => placements.includes(total.placement))
  const impressions = chosen.reduce((sum, total) => sum + total.impressions, 0)
  const clicks = chosen.reduce((sum, total) => sum + total.clicks, 0)
  const orders = chosen.reduce((sum, total) => sum + total.orders, 0)
  const revenue = new Map<string, number>()
  for (const entry of chosen.flatMap((total) => total.revenue)) {
    revenue.set(entry.currency_code, (revenue.get(entry.currency_code) ?? 0) + entry.amount)
  }
  return {
    impressions,
    clicks,
    orders,
    ctr: impressions > 0 ? clicks / impressions : null,
    conversion: clicks > 0 ? orders / clicks : null,
    revenue: [...revenue].map(([currency_code, amount]) => ({ currency_code, amount })),
  }
}

/** The currency with the most attributed revenue, the one charts show first. */
export function mainCurrency(totals: readonly AdminRecommendationMetricsTotals[]): string | null {
  const byCurrency = summarize(
    totals,
    totals.map((total) => total.placement)
  ).revenue.sort((a, b) => b.amount - a.amount)
  return byCurrency[0]?.currency_code ?? null
}
