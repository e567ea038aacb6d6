import { ArrowPath } from "@medusajs/icons"
import { Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { usePipelineStatus, useReindexProducts } from "../../hooks/use-pipeline-status"
import { formatCount, formatPercent } from "../../lib/format"
import { ProgressBar } from "../common/progress-bar"
import { SectionHeader } from "../common/section-header"
import { ErrorState, SectionSkeleton } from "../common/section-states"
import { EmbeddingCounts } from "./embedding-counts"
import { EmbeddingFailuresTable } from "./embedding-failures-table"
import { ModelSwitchProgress } from "./model-switch-progress"
import { PipelineThroughput } from "./pipeline-throughput"

/** How much of the catalog is embedded, how fast the rest goes, and what failed. */
export const EmbeddingCoverageSection = () => {
  const { data, isPending, isError, error, refetch } = usePipelineStatus()
  const reindex = useReindexProducts()
  const prompt = usePrompt()

  const reembedAll = async () => {
    const confirmed = await prompt({
      title: "Re-embed every product?",
      description:
        "Every product is queued and embedded again in the background. Lists keep serving the current vectors meanwhile; with a remote model this sends the whole catalog to it.",
      confirmText: "Re-embed all",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    reindex.mutate(undefined, {
      onSuccess: ({ queued }) =>
        toast.success("Re-embedding started", {
          description: `${formatCount(queued)} products queued.`,
        }),
      onError: (reason) =>
        toast.error("Could not start re-embedding", { description: reason.message }),
    })
  }

  return (
    <Container
      className="divide-y p-0"
      data-testid="recommendations-coverage"
      aria-labelledby="recommendations-coverage-heading"
    >
      <SectionHeader
        headingId="recommendations-coverage-heading"
        title="Embedding coverage"
        description={
          data
            ? `Model ${data.status.provider}${
                data.status.dimensions ? ` · ${data.status.dimensions} dimensions` : ""
              }`
            : "Products are embedded when they are created or updated."
        }
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={reembedAll}
            isLoading={reindex.isPending}
            disabled={!data}
            data-testid="recommendations-reembed-all"
          >
            <ArrowPath />
            Re-embed all
          </Button>
        }
      />
      {isPending && <SectionSkeleton rows={4} />}
      {isError && (
        <ErrorState title="Could not load the pipeline status" error={error} onRetry={refetch} />
      )}
      {data && (
        <>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Text size="small" weight="plus" data-testid="recommendations-coverage-summary">
                {formatCount(data.status.counts.ready)} of {formatCount(data.status.products)}{" "}
                products embedded ({formatPercent(data.status.coverage)})
              </Text>
              <PipelineThroughput status={data.status} />
            </div>
            <ProgressBar
              value={data.status.coverage}
              label="Embedding coverage"
              tone={data.status.coverage >= 1 ? "success" : "interactive"}
              testId="recommendations-coverage-progress"
            />
            <EmbeddingCounts status={data.status} />
          </div>
          {data.status.model_switch.in_progress && (
            <ModelSwitchProgress modelSwitch={data.status.model_switch} />
          )}
          <EmbeddingFailuresTable failures={data.status.failures} />
        </>
      )}
    </Container>
  )
}
