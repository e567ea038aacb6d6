import type { AdminPreviewItem } from "../../types/http"
import { formatPercent, humanize } from "./format"

type PreviewReason = AdminPreviewItem["reasons"][number]

const FALLBACK_CAUSES: Record<string, string> = {
  source_not_embedded: "not embedded",
  not_enough_similar_items: "few similar",
  no_shopper_activity: "no activity yet",
}

/**
 * A short label for why an item is in a list, for the store owner: "Similar 81%",
 * "Bought together (5)", "Pinned at #2". `titles` names the products a reason points at.
 */
export function describeReason(
  reason: PreviewReason,
  titles: ReadonlyMap<string, string> = new Map()
): string {
  switch (reason.type) {
    case "similar_to":
      return `Similar ${formatPercent(reason.similarity, 0)}`
    case "same_category":
      return "Same category"
    case "same_collection":
      return "Same collection"
    case "same_type":
      return "Same type"
    case "newest":
      return "Newest"
    case "fallback":
      return `Fallback: ${FALLBACK_CAUSES[reason.cause] ?? humanize(reason.cause)}`
    case "bought_together":
      return `Bought together (${reason.count})`
    case "also_interacted":
      return `Shoppers also engaged (${reason.support})`
    case "because_you_viewed": {
      const title = titles.get(reason.product_id)
      return title ? `Because of ${title}` : "Because of their history"
    }
    case "matches_profile":
      return `Matches taste ${formatPercent(reason.similarity, 0)}`
    case "matches_query":
      return `Matches query ${formatPercent(reason.similarity, 0)}`
    case "trending":
      return "Trending"
    case "popular":
      return "Popular"
    case "pinned":
      return `Pinned at #${reason.position}`
    case "curated":
      return "Curated"
    case "boosted":
      return "Boosted"
    case "buried":
      return "Buried"
  }
}

/** Merchandising reasons stand out from ranking ones. */
export function isMerchandisingReason(reason: PreviewReason): boolean {
  return ["pinned", "curated", "boosted", "buried"].includes(reason.type)
}
