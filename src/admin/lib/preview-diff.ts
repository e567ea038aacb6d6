import type { AdminPreviewItem } from "../../types/http"

/** Where an item went between two rankings of the same list (positions are 1-based). */
export type PositionChange =
  | { kind: "same" }
  | { kind: "new" }
  | { kind: "dropped" }
  | { kind: "moved"; from: number; to: number }

function positions(items: readonly AdminPreviewItem[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.product_id, index + 1]))
}

/**
 * How each item of `live` and of `draft` moved: a draft item is new, moved or in the same place;
 * a live item the draft no longer has is dropped.
 */
export function comparePreviewLists(
  live: readonly AdminPreviewItem[],
  draft: readonly AdminPreviewItem[]
): { live: Map<string, PositionChange>; draft: Map<string, PositionChange> } {
  const livePositions = positions(live)
  const draftPositions = positions(draft)
  const change = (from: number | undefined, to: number | undefined): PositionChange => {
    if (from === undefined) {
      return { kind: "new" }
    }
    if (to === undefined) {
      return { kind: "dropped" }
    }
    return from === to ? { kind: "same" } : { kind: "moved", from, to }
  }
  return {
    live: new Map(
      live.map((item) => [
        item.product_id,
        change(livePositions.get(item.product_id), draftPositions.get(item.product_id)),
      ])
    ),
    draft: new Map(
      draft.map((item) => [
        item.product_id,
        change(livePositions.get(item.product_id), draftPositions.get(item.product_id)),
      ])
    ),
  }
}
