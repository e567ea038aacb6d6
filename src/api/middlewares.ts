import {
  clearFiltersByKey,
  defineMiddlewares,
  validateAndTransformQuery,
  type MiddlewareFunction,
} from "@medusajs/framework/http"
import {
  filterByValidSalesChannels,
  normalizeDataForContext,
  setPricingContext,
  setTaxContext,
} from "@medusajs/medusa/api/utils/middlewares/index"
import { AdminGetProductRecommendationsParams } from "./admin/products/[id]/recommendations/validators"
import { storeProductRecommendationsQueryConfig } from "./store/products/[id]/recommendations/query-config"
import { StoreGetProductRecommendationsParams } from "./store/products/[id]/recommendations/validators"

/**
 * The context chain of core's GET /store/products/:id: sales channels from the publishable key,
 * then region, prices and taxes from region_id / country_code / cart_id.
 */
const storeProductContext: MiddlewareFunction[] = [
  filterByValidSalesChannels(),
  normalizeDataForContext(),
  setPricingContext(),
  setTaxContext(),
  clearFiltersByKey(["region_id", "country_code", "province", "cart_id"]),
]

export default defineMiddlewares({
  routes: [
    {
      methods: ["GET"],
      matcher: "/store/products/:id/recommendations",
      middlewares: [
        validateAndTransformQuery(
          StoreGetProductRecommendationsParams,
          storeProductRecommendationsQueryConfig
        ),
        ...storeProductContext,
      ],
    },
    {
      methods: ["GET"],
      matcher: "/admin/products/:id/recommendations",
      middlewares: [validateAndTransformQuery(AdminGetProductRecommendationsParams, {})],
    },
  ],
})
