import { Text } from "@medusajs/ui"
import type { AdminEmbeddingPipelineStatus } from "../../../types/http"
import { formatDuration } from "../../lib/format"

/** The live embedding rate and, while products wait, when the backlog should be done. */
export const PipelineThroughput = ({ status }: { status: AdminEmbeddingPipelineStatus }) => {
  const pending = status.counts.pending
  const rate = status.rate_per_minute
  let eta = "Up to date"
  if (pending > 0) {
    eta =
      rate > 0 ? `About ${formatDuration((pending / rate) * 60)} left` : "Waiting for the worker"
  }
  return (
    <Text
      size="small"
      className="text-ui-fg-subtle tabular-nums"
      aria-live="polite"
      data-testid="recommendations-coverage-eta"
    >
      {rate > 0 ? `${rate.toFixed(rate < 10 ? 1 : 0)} products/min · ` : ""}
      {eta}
      {pending > 0 && status.oldest_pending_seconds !== null
        ? ` · oldest waiting ${formatDuration(status.oldest_pending_seconds)}`
        : ""}
    </Text>
  )
}
