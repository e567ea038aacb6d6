import { z } from "@medusajs/framework/zod"
import {
  StoreProductRankingParams,
  withOrderedPriceRange,
} from "../../products/[id]/recommendations/validators"

export const MAX_QUERY_LENGTH = 500

/** The product-list parameters (the guest's session gives their taste) and the query. */
export const StoreGetRecommendationsSearchParams = withOrderedPriceRange(
  StoreProductRankingParams.extend({
    q: z
      .string()
      .trim()
      .min(1, "q must not be empty")
      .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
  })
)

export type StoreGetRecommendationsSearchParamsType = z.infer<
  typeof StoreGetRecommendationsSearchParams
>
