import type {
  AdminRecommendationMetricsDay,
  AdminRecommendationMetricsTotals,
} from "../../../types/http"
import { chartSeries, daysBetween, mainCurrency, summarize, utcDay } from "../metrics-series"

function day(
  date: string,
  placement: AdminRecommendationMetricsDay["placement"],
  counts: Partial<AdminRecommendationMetricsDay>
): AdminRecommendationMetricsDay {
  return {
    date,
    placement,
    impressions: 0,
    clicks: 0,
    ctr: 0,
    add_to_carts: 0,
    orders: 0,
    revenue: [],
    latency_p50_ms: null,
    latency_p95_ms: null,
    ...counts,
  }
}

function total(
  placement: AdminRecommendationMetricsTotals["placement"],
  counts: Partial<AdminRecommendationMetricsTotals>
): AdminRecommendationMetricsTotals {
  return { ...day("", placement, counts), conversion_rate: 0, ...counts }
}

describe("daysBetween and utcDay", () => {
  it("lists every day of the range, both ends included, across a month end", () => {
    expect(daysBetween("2026-10-30", "2026-11-02")).toEqual([
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
    ])
  })

  it("counts days back in UTC", () => {
    expect(utcDay(6, new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-16")
  })
})

describe("chartSeries", () => {
  const days = [
    day("2026-11-01", "similar", {
      impressions: 40,
      clicks: 4,
      orders: 1,
      revenue: [{ currency_code: "eur", amount: 30 }],
      latency_p95_ms: 18,
    }),
    day("2026-11-03", "personalized", { impressions: 10 }),
  ]
  const range = { from: "2026-11-01", to: "2026-11-03" }

  it("gives every day a point, with zero counts on days without traffic", () => {
    expect(chartSeries(days, range, ["similar", "personalized"], "impressions", "eur")).toEqual([
      { date: "2026-11-01", similar: 40, personalized: 0 },
      { date: "2026-11-02", similar: 0, personalized: 0 },
      { date: "2026-11-03", similar: 0, personalized: 10 },
    ])
  })

  it("leaves ratios and latency unset where they have nothing to measure", () => {
    expect(chartSeries(days, range, ["similar"], "ctr", "eur").map((p) => p.similar)).toEqual([
      0.1,
      null,
      null,
    ])
    expect(chartSeries(days, range, ["similar"], "conversion", "eur")[0].similar).toBe(0.25)
    expect(
      chartSeries(days, range, ["similar"], "latency_p95", "eur").map((p) => p.similar)
    ).toEqual([18, null, null])
    expect(chartSeries(days, range, ["similar"], "revenue", "usd")[0].similar).toBe(0)
  })
})

describe("summarize and mainCurrency", () => {
  const totals = [
    total("similar", {
      impressions: 100,
      clicks: 10,
      orders: 2,
      revenue: [{ currency_code: "eur", amount: 50 }],
    }),
    total("personalized", {
      impressions: 300,
      clicks: 20,
      orders: 1,
      revenue: [
        { currency_code: "eur", amount: 25 },
        { currency_code: "usd", amount: 60 },
      ],
    }),
    total("search", { impressions: 50 }),
  ]

  it("adds up the chosen placements and recomputes the ratios from the sums", () => {
    expect(summarize(totals, ["similar", "personalized"])).toEqual({
      impressions: 400,
      clicks: 30,
      orders: 3,
      ctr: 30 / 400,
      conversion: 0.1,
      revenue: [
        { currency_code: "eur", amount: 75 },
        { currency_code: "usd", amount: 60 },
      ],
    })
    expect(summarize(totals, ["search"])).toMatchObject({ ctr: 0, conversion: null })
    expect(summarize(totals, [])).toMatchObject({ impressions: 0, ctr: null })
  })

  it("picks the currency with the most revenue", () => {
    expect(mainCurrency(totals)).toBe("eur")
    expect(mainCurrency([total("search", {})])).toBeNull()
  })
})
