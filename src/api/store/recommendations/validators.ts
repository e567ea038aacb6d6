import {
  StoreProductRankingParams,
  withOrderedPriceRange,
} from "../products/[id]/recommendations/validators"
import { SessionId } from "./events/validators"

/** The product-list parameters, plus the guest's session when no customer is logged in. */
export const StoreGetRecommendationsParams = withOrderedPriceRange(
  StoreProductRankingParams.extend({
    session_id: SessionId.optional(),
  })
)

export type StoreGetRecommendationsParamsType = typeof StoreGetRecommendationsParams._output
