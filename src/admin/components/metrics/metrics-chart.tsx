import { Text } from "@medusajs/ui"
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts"
import { formatDay } from "../../lib/format"
import {
  CHART_METRICS,
  formatMetric,
  type ChartMetric,
  type ChartPoint,
} from "../../lib/metrics-series"
import {
  PLACEMENT_COLORS,
  PLACEMENT_LABELS,
  type RecommendationPlacement,
} from "../../lib/placements"

type MetricsChartProps = {
  points: ChartPoint[]
  placements: readonly RecommendationPlacement[]
  metric: ChartMetric
  currency: string
}

// Axis and grid in the UI kit's colours, so the chart follows the light and dark themes.
const AXIS_TICK = { fill: "var(--fg-muted)", fontSize: 12 }

type ChartTooltipProps = TooltipContentProps & {
  metric: ChartMetric
  currency: string
}

const ChartTooltip = ({ active, payload, label, metric, currency }: ChartTooltipProps) => {
  if (!active || !payload.length) {
    return null
  }
  return (
    <div className="bg-ui-bg-base shadow-elevation-flyout flex min-w-[180px] flex-col gap-y-1 rounded-lg px-3 py-2">
      <Text size="xsmall" weight="plus">
        {typeof label === "string" ? formatDay(label) : label}
      </Text>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)} className="flex items-center justify-between gap-x-4">
          <span className="flex items-center gap-x-2">
            <span aria-hidden className="size-2 rounded-full" style={{ background: entry.color }} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {entry.name}
            </Text>
          </span>
          <Text size="xsmall" className="tabular-nums">
            {typeof entry.value === "number" ? formatMetric(metric, entry.value, currency) : "–"}
          </Text>
        </div>
      ))}
    </div>
  )
}

/** One metric per day, a line per placement. */
export const MetricsChart = ({ points, placements, metric, currency }: MetricsChartProps) => {
  const label = CHART_METRICS.find((entry) => entry.key === metric)?.label ?? metric
  return (
    <figure
      className="flex flex-col gap-y-2"
      data-testid="recommendations-chart"
      data-metric={metric}
    >
      <figcaption className="sr-only">
        {label} per day, by placement ({placements.map((p) => PLACEMENT_LABELS[p]).join(", ")})
      </figcaption>
      <div className="h-[280px] w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--border-base)" strokeDasharray="3 3" />
            <XAxis
              dataKey="date"
              tickFormatter={formatDay}
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={{ stroke: "var(--border-base)" }}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={(value: number) => formatMetric(metric, value, currency)}
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={false}
              width={72}
              allowDecimals={metric !== "impressions"}
            />
            <Tooltip
              cursor={{ stroke: "var(--border-strong)" }}
              content={(props: TooltipContentProps) => (
                <ChartTooltip {...props} metric={metric} currency={currency} />
              )}
            />
            {placements.map((placement) => (
              <Line
                key={placement}
                type="monotone"
                dataKey={placement}
                name={PLACEMENT_LABELS[placement]}
                stroke={PLACEMENT_COLORS[placement]}
                strokeWidth={2}
                dot={false}
                activeDot={{ r: 4 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
