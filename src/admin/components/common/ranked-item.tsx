import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Badge, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { AdminPreviewItem } from "../../../types/http"
import type { PositionChange } from "../../lib/preview-diff"
import { ProductThumbnail } from "./product-thumbnail"
import { ReasonBadges } from "./reason-badges"
import { ScoreBar } from "./score-bar"

type RankedItemProps = {
  item: AdminPreviewItem
  /** 1-based */
  position: number
  /** Set in a comparison: highlights what moved. */
  change?: PositionChange
  titles?: ReadonlyMap<string, string>
  actions?: ReactNode
  testId?: string
}

const ChangeBadge = ({ change }: { change: PositionChange }) => {
  switch (change.kind) {
    case "same":
      return null
    case "new":
      return (
        <Badge size="2xsmall" color="green">
          New
        </Badge>
      )
    case "dropped":
      return (
        <Badge size="2xsmall" color="red">
          Dropped
        </Badge>
      )
    case "moved": {
      const up = change.to < change.from
      return (
        <Badge size="2xsmall" color={up ? "green" : "orange"}>
          {up ? <ArrowUpMini /> : <ArrowDownMini />}
          {`${Math.abs(change.from - change.to)}`}
          <span className="sr-only">{` (was #${change.from})`}</span>
        </Badge>
      )
    }
  }
}

/** One ranked product: position, thumbnail, title, reasons, score, and any actions. */
export const RankedItem = ({
  item,
  position,
  change,
  titles,
  actions,
  testId,
}: RankedItemProps) => (
  <li
    className={clx(
      "flex items-start gap-x-3 rounded-lg px-2 py-2",
      change && change.kind !== "same" && "bg-ui-bg-highlight",
      change?.kind === "dropped" && "opacity-60"
    )}
    data-testid={testId}
    data-product-id={item.product_id}
    data-position={position}
    data-change={change?.kind}
  >
    <Text size="xsmall" className="text-ui-fg-muted w-5 pt-2 text-right tabular-nums">
      {position}
    </Text>
    <ProductThumbnail src={item.thumbnail} />
    <div className="flex min-w-0 flex-1 flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Link
          to={`/products/${item.product_id}`}
          className="min-w-0 truncate outline-none focus-visible:underline"
        >
          <Text as="span" size="small" leading="compact" weight="plus" className="truncate">
            {item.title}
          </Text>
        </Link>
        {item.status !== "published" && (
          <Badge size="2xsmall" color="grey">
            {item.status}
          </Badge>
        )}
        {change && <ChangeBadge change={change} />}
      </div>
      <ReasonBadges reasons={item.reasons} titles={titles} />
    </div>
    <div className="flex shrink-0 items-center gap-x-1 pt-1.5">
      <ScoreBar score={item.score} components={item.components} />
      {actions}
    </div>
  </li>
)
