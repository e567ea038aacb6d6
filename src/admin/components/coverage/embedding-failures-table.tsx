import { ArrowPath, CheckCircleSolid } from "@medusajs/icons"
import { Button, Table, Text, Tooltip, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminEmbeddingPipelineStatus } from "../../../types/http"
import { useProductTitles } from "../../hooks/use-entity-search"
import { useReindexProducts } from "../../hooks/use-pipeline-status"
import { formatCount, formatDateTime } from "../../lib/format"

type EmbeddingFailuresTableProps = { failures: AdminEmbeddingPipelineStatus["failures"] }

/** Products whose embedding failed (or is retrying), their last error, and a retry. */
export const EmbeddingFailuresTable = ({ failures }: EmbeddingFailuresTableProps) => {
  const reindex = useReindexProducts()
  const productIds = failures.map((failure) => failure.product_id)
  const { data: products } = useProductTitles(productIds)

  const retry = (ids: string[]) =>
    reindex.mutate(ids, {
      onSuccess: ({ queued }) =>
        toast.success("Queued again", { description: `${formatCount(queued)} products queued.` }),
      onError: (error) => toast.error("Could not queue them", { description: error.message }),
    })

  if (!failures.length) {
    return (
      <div className="flex items-center gap-x-2 px-6 py-4" data-testid="recommendations-failures">
        <CheckCircleSolid className="text-ui-tag-green-icon" />
        <Text size="small" className="text-ui-fg-subtle">
          No embedding errors.
        </Text>
      </div>
    )
  }

  return (
    <div data-testid="recommendations-failures">
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" weight="plus">
          Last errors
        </Text>
        <Button
          size="small"
          variant="secondary"
          onClick={() => retry(productIds)}
          isLoading={reindex.isPending}
        >
          <ArrowPath />
          Retry all
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Attempts</Table.HeaderCell>
            <Table.HeaderCell>Last error</Table.HeaderCell>
            <Table.HeaderCell>Updated</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="sr-only">Actions</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {failures.map((failure) => (
            <Table.Row key={failure.product_id} data-testid="recommendations-failure-row">
              <Table.Cell>
                <Link
                  to={`/products/${failure.product_id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {products?.get(failure.product_id)?.title ?? failure.product_id}
                </Link>
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{failure.attempts}</Table.Cell>
              <Table.Cell className="max-w-[320px]">
                <Tooltip content={failure.last_error ?? "No message"} maxWidth={480}>
                  <span className="text-ui-fg-error block truncate">
                    {failure.last_error ?? "No message"}
                  </span>
                </Tooltip>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                {formatDateTime(failure.updated_at)}
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button
                  size="small"
                  variant="transparent"
                  onClick={() => retry([failure.product_id])}
                  disabled={reindex.isPending}
                  aria-label={`Retry ${products?.get(failure.product_id)?.title ?? failure.product_id}`}
                >
                  Retry
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
