import { z } from "@medusajs/framework/zod"
import { StoreGetProductRecommendationsParams } from "../../products/[id]/recommendations/validators"

export const MAX_QUERY_LENGTH = 500

export const StoreGetRecommendationsSearchParams = StoreGetProductRecommendationsParams.extend({
  q: z
    .string()
    .trim()
    .min(1, "q must not be empty")
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
})

export type StoreGetRecommendationsSearchParamsType = z.infer<
  typeof StoreGetRecommendationsSearchParams
>
