import { Heading, Text } from "@medusajs/ui"
import type { AdminPreviewItem, AdminPreviewPlacements } from "../../../types/http"
import { formatQuantity } from "../../lib/format"
import { comparePreviewLists, type PositionChange } from "../../lib/preview-diff"
import { PLACEMENT_LABELS } from "../../lib/placements"
import { RankedItem } from "../common/ranked-item"

type PreviewColumnProps = {
  side: "live" | "draft"
  title: string
  subtitle: string
  lists: {
    placement: keyof AdminPreviewPlacements
    items: AdminPreviewItem[]
    changes: Map<string, PositionChange>
  }[]
}

const PreviewColumn = ({ side, title, subtitle, lists }: PreviewColumnProps) => (
  <section
    className="flex min-w-0 flex-col gap-y-3"
    aria-label={title}
    data-testid={`recommendations-preview-${side}`}
  >
    <div className="flex flex-col">
      <Heading level="h3">{title}</Heading>
      <Text size="xsmall" className="text-ui-fg-muted">
        {subtitle}
      </Text>
    </div>
    {lists.map(({ placement, items, changes }) => (
      <div key={placement} className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {PLACEMENT_LABELS[placement]}
        </Text>
        {items.length ? (
          <ol
            className="flex flex-col"
            data-testid={`recommendations-preview-${side}-${placement}`}
          >
            {items.map((item, index) => (
              <RankedItem
                key={item.product_id}
                item={item}
                position={index + 1}
                change={changes.get(item.product_id)}
                testId="recommendations-preview-item"
              />
            ))}
          </ol>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-2 py-2">
            Empty list.
          </Text>
        )}
      </div>
    ))}
  </section>
)

type PreviewComparisonProps = {
  live: AdminPreviewPlacements
  draft: AdminPreviewPlacements
  changeCount: number
}

const PLACEMENT_ORDER: (keyof AdminPreviewPlacements)[] = [
  "similar",
  "bought_together",
  "personalized",
]

/** The same lists ranked with the live settings and with the draft, side by side. */
export const PreviewComparison = ({ live, draft, changeCount }: PreviewComparisonProps) => {
  const compared = PLACEMENT_ORDER.filter((placement) => live[placement] || draft[placement]).map(
    (placement) => {
      const liveItems = live[placement] ?? []
      const draftItems = draft[placement] ?? []
      return {
        placement,
        liveItems,
        draftItems,
        changes: comparePreviewLists(liveItems, draftItems),
      }
    }
  )
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <PreviewColumn
        side="live"
        title="Live"
        subtitle="With the saved settings, as shoppers see it"
        lists={compared.map(({ placement, liveItems, changes }) => ({
          placement,
          items: liveItems,
          changes: changes.live,
        }))}
      />
      <PreviewColumn
        side="draft"
        title="Draft"
        subtitle={
          changeCount
            ? `With your ${formatQuantity(changeCount, "unsaved change", "unsaved changes")}`
            : "No unsaved changes: the same as live"
        }
        lists={compared.map(({ placement, draftItems, changes }) => ({
          placement,
          items: draftItems,
          changes: changes.draft,
        }))}
      />
    </div>
  )
}
