import {
  RECOMMENDATION_PLACEMENTS,
  type RecommendationPlacement,
} from "../../modules/recommendation/models/placement"

export { RECOMMENDATION_PLACEMENTS, type RecommendationPlacement }

export const PLACEMENT_LABELS: Record<RecommendationPlacement, string> = {
  similar: "Similar products",
  bought_together: "Bought together",
  personalized: "Personalized",
  search: "Search",
}

/** One UI-kit tag colour per placement, so charts follow the admin's light and dark themes. */
export const PLACEMENT_COLORS: Record<RecommendationPlacement, string> = {
  similar: "var(--tag-blue-icon)",
  bought_together: "var(--tag-green-icon)",
  personalized: "var(--tag-purple-icon)",
  search: "var(--tag-orange-icon)",
}
