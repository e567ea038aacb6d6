import { z } from "@medusajs/framework/zod"
import {
  StoreProductRankingParams,
  withOrderedPriceRange,
} from "../../products/[id]/recommendations/validators"
import { SessionId } from "../events/validators"

export const MAX_QUERY_LENGTH = 500

/** The product-list parameters, the query, and the guest's session (for their taste). */
export const StoreGetRecommendationsSearchParams = withOrderedPriceRange(
  StoreProductRankingParams.extend({
    session_id: SessionId.optional(),
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
