import { Table } from "@medusajs/ui"
import type { AdminRecommendationMetricsTotals } from "../../../types/http"
import { formatCount, formatMilliseconds, formatPercent, formatRevenue } from "../../lib/format"
import { PLACEMENT_COLORS, PLACEMENT_LABELS } from "../../lib/placements"

type PlacementMetricsTableProps = { totals: readonly AdminRecommendationMetricsTotals[] }

/** Each placement's totals side by side, with its response times. */
export const PlacementMetricsTable = ({ totals }: PlacementMetricsTableProps) => (
  <Table data-testid="recommendations-metrics-table">
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Placement</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Impressions</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Clicks</Table.HeaderCell>
        <Table.HeaderCell className="text-right">CTR</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Add to cart</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Conversion</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Latency p50 / p95</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {totals.map((total) => (
        <Table.Row
          key={total.placement}
          data-testid={`recommendations-metrics-row-${total.placement}`}
        >
          <Table.Cell>
            <span className="flex items-center gap-x-2">
              <span
                aria-hidden
                className="size-2 rounded-full"
                style={{ background: PLACEMENT_COLORS[total.placement] }}
              />
              {PLACEMENT_LABELS[total.placement]}
            </span>
          </Table.Cell>
          <Table.Cell className="text-right tabular-nums">
            {formatCount(total.impressions)}
          </Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatCount(total.clicks)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatPercent(total.ctr)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums">
            {formatCount(total.add_to_carts)}
          </Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatCount(total.orders)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums">
            {formatPercent(total.conversion_rate)}
          </Table.Cell>
          <Table.Cell className="text-right tabular-nums">
            {formatRevenue(total.revenue)}
          </Table.Cell>
          <Table.Cell className="whitespace-nowrap text-right tabular-nums">
            {formatMilliseconds(total.latency_p50_ms)} / {formatMilliseconds(total.latency_p95_ms)}
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
