import {
  defaultStoreProductFields,
  retrieveProductQueryConfig,
} from "@medusajs/medusa/api/store/products/query-config"

/** Products come back with the same default and allowed fields as `GET /store/products`. */
export const storeProductRecommendationsQueryConfig = {
  defaults: defaultStoreProductFields,
  allowed: retrieveProductQueryConfig.allowed,
  isList: false,
}
