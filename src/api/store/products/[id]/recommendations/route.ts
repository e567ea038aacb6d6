import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreProductRecommendationsResponse } from "../../../../../types/http"
import type { StoreProductRequest } from "../../../../utils/hydrate-products"
import { visibilityScopeOf } from "../../../../utils/product-visibility"
import { serveRecommendations } from "../../../../utils/serve-recommendations"
import { recommendSimilarProducts } from "../../../../utils/similar-products"
import type { StoreGetProductRecommendationsParamsType } from "./validators"

/**
 * GET /store/products/:id/recommendations — products similar to this one ("you may also like"),
 * best first, each with its score and reasons.
 */
export const GET = async (
  req: StoreProductRequest<StoreGetProductRecommendationsParamsType>,
  res: MedusaResponse<StoreProductRecommendationsResponse>
) => {
  const ranked = await recommendSimilarProducts(req.scope, visibilityScopeOf(req), req.params.id, {
    limit: req.validatedQuery.limit,
    diversity: req.validatedQuery.diversity,
    maxPerCategory: req.validatedQuery.max_per_category,
  })
  res.json(
    await serveRecommendations(req, {
      placement: "similar",
      ranked,
      source_product_id: req.params.id,
    })
  )
}
