import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type MarkProductsPendingStepInput = { product_ids: string[] }

export const markProductsPendingStepId = "mark-products-pending"

/** This step marks products as waiting for an embedding. */
export const markProductsPendingStep = createStep(
  markProductsPendingStepId,
  async (input: MarkProductsPendingStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const snapshots = await service.markProductsPending(input.product_ids)
    return new StepResponse(snapshots.length, snapshots)
  },
  async (snapshots, { container }) => {
    if (!snapshots?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.restoreEmbeddingStates(snapshots)
  }
)
