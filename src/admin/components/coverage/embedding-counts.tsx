import { StatusBadge, Text } from "@medusajs/ui"
import type { AdminEmbeddingPipelineStatus } from "../../../types/http"
import { formatBytes, formatCount, formatDateTime } from "../../lib/format"

type StatusColor = "green" | "orange" | "red"

const STATUSES: { key: "ready" | "pending" | "failed"; label: string; color: StatusColor }[] = [
  { key: "ready", label: "Ready", color: "green" },
  { key: "pending", label: "Pending", color: "orange" },
  { key: "failed", label: "Failed", color: "red" },
]

/** Embeddings by status, retries and the serving index's size. */
export const EmbeddingCounts = ({ status }: { status: AdminEmbeddingPipelineStatus }) => (
  <dl
    className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4"
    data-testid="recommendations-coverage-counts"
  >
    {STATUSES.map(({ key, label, color }) => (
      <div key={key} className="flex flex-col gap-y-1" data-testid={`recommendations-count-${key}`}>
        <dt>
          <StatusBadge color={color}>{label}</StatusBadge>
        </dt>
        <dd>
          <Text size="large" weight="plus" className="tabular-nums">
            {formatCount(status.counts[key])}
          </Text>
        </dd>
      </div>
    ))}
    <div className="flex flex-col gap-y-1">
      <dt>
        <Text size="small" className="text-ui-fg-subtle">
          Index
        </Text>
      </dt>
      <dd>
        <Text size="small" className="tabular-nums">
          {formatCount(status.index.size)} vectors · {formatBytes(status.index.vector_bytes)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {status.retries.products > 0
            ? `${formatCount(status.retries.attempts)} retries on ${formatCount(status.retries.products)} products`
            : status.index.refreshed_at
              ? `Refreshed ${formatDateTime(status.index.refreshed_at)}`
              : "Not loaded yet"}
        </Text>
      </dd>
    </div>
  </dl>
)
