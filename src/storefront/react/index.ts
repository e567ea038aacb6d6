"use client"
// medusa-plugin-recommendations/storefront/react: the hook and the component (React 18+), a
// client module for Next.js's app router.
export {
  ProductRecommendations,
  type ProductRecommendationsClassNames,
  type ProductRecommendationsProps,
  type ProductRecommendationsSource,
  type RecommendationLinkProps,
} from "./product-recommendations"
export {
  useRecommendations,
  type RecommendationsState,
  type UseRecommendationsOptions,
} from "./use-recommendations"
