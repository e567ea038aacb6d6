// The product lists' parameters: the guest's `session_id` among them selects the history.
export {
  StoreGetProductRecommendationsParams as StoreGetRecommendationsParams,
  type StoreGetProductRecommendationsParamsType as StoreGetRecommendationsParamsType,
} from "../products/[id]/recommendations/validators"
