import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreRecommendationsResponse } from "../../../types/http"
import type { StoreProductRequest } from "../../utils/hydrate-products"
import { recommendForShopper } from "../../utils/personalized-products"
import { visibilityScopeOf } from "../../utils/product-visibility"
import { serveRecommendations } from "../../utils/serve-recommendations"
import type { StoreGetRecommendationsParamsType } from "./validators"

/**
 * GET /store/recommendations — picks for this shopper (the logged-in customer, or the guest's
 * `session_id`) from their recent history; trending products, flagged with `fallback: true`,
 * when there is no history yet.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetRecommendationsParamsType>,
  res: MedusaResponse<StoreRecommendationsResponse>
) => {
  const { limit, session_id, diversity, max_per_category } = req.validatedQuery
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { items, fallback } = await recommendForShopper(
    req.scope,
    visibilityScopeOf(req),
    { customer_id: customerId, session_id },
    { limit, diversity, maxPerCategory: max_per_category }
  )
  res.json({
    ...(await serveRecommendations(req, { placement: "personalized", ranked: items })),
    fallback,
  })
}
