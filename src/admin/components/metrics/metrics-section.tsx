import { ChartBar } from "@medusajs/icons"
import { Container, Select } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useRecommendationMetrics } from "../../hooks/use-recommendation-metrics"
import {
  CHART_METRICS,
  chartSeries,
  mainCurrency,
  summarize,
  utcDay,
  type ChartMetric,
} from "../../lib/metrics-series"
import { RECOMMENDATION_PLACEMENTS, type RecommendationPlacement } from "../../lib/placements"
import { SectionHeader } from "../common/section-header"
import { EmptyState, ErrorState, SectionSkeleton } from "../common/section-states"
import { SegmentedControl } from "../common/segmented-control"
import { MetricsChart } from "./metrics-chart"
import { MetricsTotals } from "./metrics-totals"
import { PlacementMetricsTable } from "./placement-metrics-table"
import { PlacementToggle } from "./placement-toggle"

const RANGES = [
  { days: "7", label: "Last 7 days" },
  { days: "30", label: "Last 30 days" },
  { days: "90", label: "Last 90 days" },
]

/** Impressions, clicks, conversion and revenue over time, per placement. */
export const MetricsSection = () => {
  const [rangeDays, setRangeDays] = useState("30")
  const range = useMemo(() => ({ from: utcDay(Number(rangeDays) - 1), to: utcDay() }), [rangeDays])
  const [placements, setPlacements] = useState<RecommendationPlacement[]>([
    ...RECOMMENDATION_PLACEMENTS,
  ])
  const [metric, setMetric] = useState<ChartMetric>("impressions")
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null)
  const { data, isPending, isError, error, refetch } = useRecommendationMetrics(range)

  const currencies = useMemo(
    () => [...new Set(data?.totals.flatMap((total) => total.revenue.map((r) => r.currency_code)))],
    [data]
  )
  const currency = chosenCurrency ?? (data && mainCurrency(data.totals)) ?? currencies[0] ?? "eur"
  const hasTraffic = data?.totals.some((total) => total.impressions > 0 || total.orders > 0)

  return (
    <Container
      className="divide-y p-0"
      data-testid="recommendations-metrics"
      aria-labelledby="recommendations-metrics-heading"
    >
      <SectionHeader
        headingId="recommendations-metrics-heading"
        title="Performance"
        description="Lists served, clicks and the orders they led to, per placement."
        actions={
          <Select size="small" value={rangeDays} onValueChange={setRangeDays}>
            <Select.Trigger aria-label="Date range" data-testid="recommendations-metrics-range">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {RANGES.map((option) => (
                <Select.Item key={option.days} value={option.days}>
                  {option.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        }
      />
      {isPending && <SectionSkeleton rows={6} />}
      {isError && <ErrorState title="Could not load the metrics" error={error} onRetry={refetch} />}
      {data && !hasTraffic && (
        <EmptyState
          testId="recommendations-metrics-empty"
          icon={<ChartBar className="text-ui-fg-subtle" />}
          title="No data yet"
          message="Impressions appear once the storefront shows recommendations. Clicks and orders are credited when it sends the response's recommendation_id with its recommendation_click and add_to_cart events."
        />
      )}
      {data && hasTraffic && (
        <>
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <PlacementToggle selected={placements} onChange={setPlacements} />
            <MetricsTotals summary={summarize(data.totals, placements)} />
          </div>
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <SegmentedControl
                label="Metric"
                value={metric}
                onValueChange={setMetric}
                options={CHART_METRICS.map(({ key, label }) => ({ value: key, label }))}
                testId="recommendations-chart-metric"
              />
              {metric === "revenue" && currencies.length > 1 && (
                <Select size="small" value={currency} onValueChange={setChosenCurrency}>
                  <Select.Trigger aria-label="Currency" className="w-[100px]">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {currencies.map((code) => (
                      <Select.Item key={code} value={code}>
                        {code.toUpperCase()}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              )}
            </div>
            <MetricsChart
              points={chartSeries(data.days, range, placements, metric, currency)}
              placements={placements}
              metric={metric}
              currency={currency}
            />
          </div>
          <PlacementMetricsTable
            totals={data.totals.filter((total) => placements.includes(total.placement))}
          />
        </>
      )}
    </Container>
  )
}
