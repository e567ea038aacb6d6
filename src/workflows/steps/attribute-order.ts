import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type { OrderAttributionInput } from "../../modules/recommendation/order-attribution"
import type RecommendationModuleService from "../../modules/recommendation/service"

export const attributeOrderStepId = "attribute-order"

/** This step credits a placed order's products to the recommendations their buyer clicked. */
export const attributeOrderStep = createStep(
  attributeOrderStepId,
  async (order: OrderAttributionInput | null, { container }) => {
    if (!order) return new StepResponse(0, [] as string[])
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const ids = await service.attributeOrder(order)
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteRecommendationAttributions(ids)
  }
)
