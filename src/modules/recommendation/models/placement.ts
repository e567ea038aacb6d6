/**
 * The store lists a recommendation is served in. Each response carries one, and metrics,
 * attribution and merchandising rules are kept per placement.
 */
export const RECOMMENDATION_PLACEMENTS = [
  "similar",
  "bought_together",
  "personalized",
  "search",
] as const
export type RecommendationPlacement = (typeof RECOMMENDATION_PLACEMENTS)[number]
