import {
  clearFiltersByKey,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  filterByValidSalesChannels,
  normalizeDataForContext,
  setPricingContext,
  setTaxContext,
} from "@medusajs/medusa/api/utils/middlewares/index"
import { AdminGetRecommendationMetricsParams } from "./admin/recommendations/metrics/validators"
import {
  AdminCreateMerchandisingRule,
  AdminGetMerchandisingRulesParams,
  AdminUpdateMerchandisingRule,
} from "./admin/recommendations/rules/validators"
import { AdminGetCustomerRecommendationsParams } from "./admin/customers/[id]/recommendations/validators"
import { AdminPostRecommendationsPreview } from "./admin/recommendations/preview/validators"
import { AdminPostRecommendationsReindex } from "./admin/recommendations/reindex/validators"
import { AdminPostRecommendationSettings } from "./admin/recommendations/settings/validators"
import { AdminPostEraseShopper } from "./admin/recommendations/shoppers/erase/validators"
import { AdminGetProductRecommendationsParams } from "./admin/products/[id]/recommendations/validators"
import { StoreGetRecommendationsParams } from "./store/recommendations/validators"
import { StoreGetRecommendationsSearchParams } from "./store/recommendations/search/validators"
import { StorePostRecommendationEvents } from "./store/recommendations/events/validators"
import { storeProductRecommendationsQueryConfig } from "./store/products/[id]/recommendations/query-config"
import { StoreGetProductRecommendationsParams } from "./store/products/[id]/recommendations/validators"
import { rateLimitEvents } from "./utils/rate-limit-events"
import { rejectUnstorableInput } from "./utils/reject-unstorable-input"
import { markServingStart } from "./utils/serve-recommendations"
import { validateBodyNamingFields } from "./utils/validate-body-naming-fields"

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

/** A store route answering a ranked list of products, validated by `schema`. */
function storeProductRanking(
  matcher: string,
  schema: Parameters<typeof validateAndTransformQuery>[0]
) {
  return {
    methods: ["GET" as const],
    matcher,
    middlewares: [
      markServingStart,
      validateAndTransformQuery(schema, storeProductRecommendationsQueryConfig),
      ...storeProductContext,
    ],
  }
}

/** The plugin's routes that take input, with their validation. */
const routes: MiddlewareRoute[] = [
  storeProductRanking("/store/products/:id/recommendations", StoreGetProductRecommendationsParams),
  storeProductRanking(
    "/store/products/:id/frequently-bought-together",
    StoreGetProductRecommendationsParams
  ),
  storeProductRanking("/store/recommendations", StoreGetRecommendationsParams),
  storeProductRanking("/store/recommendations/search", StoreGetRecommendationsSearchParams),
  {
    methods: ["POST"],
    matcher: "/store/recommendations/events",
    // A batch of 100 events is about 20 KB; anything far larger is not a storefront.
    bodyParser: { sizeLimit: "64kb" },
    middlewares: [rateLimitEvents(), validateAndTransformBody(StorePostRecommendationEvents)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/products/:id/recommendations",
    middlewares: [validateAndTransformQuery(AdminGetProductRecommendationsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/recommendations/metrics",
    middlewares: [validateAndTransformQuery(AdminGetRecommendationMetricsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/recommendations",
    middlewares: [validateAndTransformQuery(AdminGetCustomerRecommendationsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/settings",
    middlewares: [validateBodyNamingFields(AdminPostRecommendationSettings)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/preview",
    middlewares: [validateBodyNamingFields(AdminPostRecommendationsPreview)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/reindex",
    middlewares: [validateAndTransformBody(AdminPostRecommendationsReindex)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/shoppers/erase",
    middlewares: [validateAndTransformBody(AdminPostEraseShopper)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/recommendations/rules",
    middlewares: [validateAndTransformQuery(AdminGetMerchandisingRulesParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/rules",
    middlewares: [validateAndTransformBody(AdminCreateMerchandisingRule)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recommendations/rules/:id",
    middlewares: [validateAndTransformBody(AdminUpdateMerchandisingRule)],
  },
  { methods: ["DELETE"], matcher: "/admin/recommendations/rules/:id", middlewares: [] },
]

export default defineMiddlewares({
  // Each first turns input that PostgreSQL or Medusa's query parser would answer with a 500
  // into a 400 (see rejectUnstorableInput).
  routes: routes.map((route) => ({
    ...route,
    middlewares: [rejectUnstorableInput, ...(route.middlewares ?? [])],
  })),
})
