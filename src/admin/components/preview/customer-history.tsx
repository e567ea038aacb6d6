import { Badge, Skeleton, Text } from "@medusajs/ui"
import { useCustomerHistory } from "../../hooks/use-recommendation-preview"
import { formatDateTime, humanize } from "../../lib/format"

const SHOWN_EVENTS = 6

/** The customer's latest events: what their personalized list starts from. */
export const CustomerHistory = ({ customerId }: { customerId: string }) => {
  const { data, isPending, isError } = useCustomerHistory(customerId)
  if (isPending) {
    return <Skeleton className="h-5 w-2/3" />
  }
  if (isError) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-1" data-testid="recommendations-preview-history">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        Recent activity
      </Text>
      {data.history.length ? (
        <ul className="flex flex-wrap gap-1">
          {data.history.slice(0, SHOWN_EVENTS).map((event) => (
            <li key={`${event.product_id}-${event.occurred_at}`}>
              <Badge size="2xsmall" color="grey" title={formatDateTime(event.occurred_at)}>
                {humanize(event.type)}: {event.title ?? event.product_id}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="xsmall" className="text-ui-fg-muted">
          No activity yet: they get trending products.
        </Text>
      )}
    </div>
  )
}
