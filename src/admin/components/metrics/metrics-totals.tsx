import { Text } from "@medusajs/ui"
import { formatCount, formatPercent, formatRevenue } from "../../lib/format"
import type { MetricsSummary } from "../../lib/metrics-series"

type TotalCardProps = { label: string; value: string; detail: string; testId: string }

const TotalCard = ({ label, value, detail, testId }: TotalCardProps) => (
  <div
    className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-1 rounded-lg px-4 py-3"
    data-testid={testId}
  >
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums">
      {value}
    </Text>
    <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
      {detail}
    </Text>
  </div>
)

/** The range's totals for the chosen placements. */
export const MetricsTotals = ({ summary }: { summary: MetricsSummary }) => (
  <div
    className="grid grid-cols-2 gap-3 lg:grid-cols-4"
    data-testid="recommendations-metrics-totals"
  >
    <TotalCard
      label="Impressions"
      value={formatCount(summary.impressions)}
      detail="Recommendation lists served"
      testId="recommendations-total-impressions"
    />
    <TotalCard
      label="Click-through rate"
      value={summary.ctr === null ? "–" : formatPercent(summary.ctr)}
      detail={`${formatCount(summary.clicks)} clicks`}
      testId="recommendations-total-ctr"
    />
    <TotalCard
      label="Conversion"
      value={summary.conversion === null ? "–" : formatPercent(summary.conversion)}
      detail={`${formatCount(summary.orders)} orders from clicks`}
      testId="recommendations-total-conversion"
    />
    <TotalCard
      label="Attributed revenue"
      value={formatRevenue(summary.revenue)}
      detail="Recommended products in orders"
      testId="recommendations-total-revenue"
    />
  </div>
)
