import { Badge } from "@medusajs/ui"
import type { AdminPreviewItem } from "../../../types/http"
import { describeReason, isMerchandisingReason } from "../../lib/reasons"

type ReasonBadgesProps = {
  reasons: AdminPreviewItem["reasons"]
  titles?: ReadonlyMap<string, string>
}

/** Why an item is in the list; a store owner's rules stand out in purple. */
export const ReasonBadges = ({ reasons, titles }: ReasonBadgesProps) => (
  <ul className="flex flex-wrap gap-1" aria-label="Reasons">
    {reasons.map((reason, index) => {
      const label = describeReason(reason, titles)
      return (
        <li key={`${reason.type}-${index}`} className="min-w-0 max-w-full">
          <Badge
            size="2xsmall"
            color={isMerchandisingReason(reason) ? "purple" : "grey"}
            className="max-w-full"
            title={label}
          >
            <span className="truncate">{label}</span>
          </Badge>
        </li>
      )
    })}
  </ul>
)
