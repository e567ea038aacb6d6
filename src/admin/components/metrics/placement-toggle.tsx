import { clx } from "@medusajs/ui"
import {
  PLACEMENT_COLORS,
  PLACEMENT_LABELS,
  RECOMMENDATION_PLACEMENTS,
  type RecommendationPlacement,
} from "../../lib/placements"

type PlacementToggleProps = {
  selected: readonly RecommendationPlacement[]
  onChange: (placements: RecommendationPlacement[]) => void
}

/** The chart's legend, and which placements it (and the totals) show. */
export const PlacementToggle = ({ selected, onChange }: PlacementToggleProps) => {
  const toggle = (placement: RecommendationPlacement) => {
    const next = selected.includes(placement)
      ? selected.filter((entry) => entry !== placement)
      : [...selected, placement]
    // Keep the registry's order, and never an empty chart.
    if (next.length) {
      onChange(RECOMMENDATION_PLACEMENTS.filter((entry) => next.includes(entry)))
    }
  }
  return (
    <div
      className="flex flex-wrap gap-2"
      role="group"
      aria-label="Placements"
      data-testid="recommendations-placement-toggle"
    >
      {RECOMMENDATION_PLACEMENTS.map((placement) => {
        const active = selected.includes(placement)
        return (
          <button
            key={placement}
            type="button"
            aria-pressed={active}
            onClick={() => toggle(placement)}
            data-testid={`recommendations-placement-${placement}`}
            className={clx(
              "txt-compact-small-plus shadow-borders-base transition-fg flex items-center gap-x-2 rounded-full px-3 py-1 outline-none",
              "focus-visible:shadow-borders-interactive-with-focus",
              active
                ? "bg-ui-bg-base text-ui-fg-base"
                : "bg-ui-bg-disabled text-ui-fg-muted hover:text-ui-fg-subtle"
            )}
          >
            <span
              aria-hidden
              className="size-2 rounded-full"
              style={{ background: active ? PLACEMENT_COLORS[placement] : "var(--fg-disabled)" }}
            />
            {PLACEMENT_LABELS[placement]}
          </button>
        )
      })}
    </div>
  )
}
