import { Module } from "@medusajs/framework/utils"
import prepareEmbeddingProviderLoader from "./loaders/prepare-embedding-provider"
import validateOptionsLoader from "./loaders/validate-options"
import RecommendationModuleService from "./service"

export const RECOMMENDATION_MODULE = "recommendation"

export default Module(RECOMMENDATION_MODULE, {
  service: RecommendationModuleService,
  loaders: [validateOptionsLoader, prepareEmbeddingProviderLoader],
})

export type { RecommendationModuleService }
export type { RecommendationPluginOptions, RecommendationOptions } from "./options"
export type { ServedRecommendationRow } from "./served-recommendation-buffer"
export type { OrderAttributionInput } from "./order-attribution"
