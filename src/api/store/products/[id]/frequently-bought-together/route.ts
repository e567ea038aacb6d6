import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreProductRecommendationsResponse } from "../../../../../types/http"
import { recommendBoughtTogether } from "../../../../utils/bought-together"
import type { StoreProductRequest } from "../../../../utils/hydrate-products"
import { visibilityScopeOf } from "../../../../utils/product-visibility"
import { serveRecommendations } from "../../../../utils/serve-recommendations"
import type { StoreGetProductRecommendationsParamsType } from "../recommendations/validators"

/**
 * GET /store/products/:id/frequently-bought-together — products bought with this one, from
 * orders (and, when orders are sparse, from one shopper's purchases within days).
 */
export const GET = async (
  req: StoreProductRequest<StoreGetProductRecommendationsParamsType>,
  res: MedusaResponse<StoreProductRecommendationsResponse>
) => {
  const ranked = await recommendBoughtTogether(req.scope, visibilityScopeOf(req), req.params.id, {
    limit: req.validatedQuery.limit,
    diversity: req.validatedQuery.diversity,
    maxPerCategory: req.validatedQuery.max_per_category,
  })
  res.json(
    await serveRecommendations(req, {
      placement: "bought_together",
      ranked,
      source_product_id: req.params.id,
    })
  )
}
