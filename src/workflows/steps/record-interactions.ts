import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { InteractionInput } from "../../modules/recommendation/service"

export type RecordInteractionsStepInput = { interactions: InteractionInput[] }

export const recordInteractionsStepId = "record-interactions"

/** This step stores shopper events. */
export const recordInteractionsStep = createStep(
  recordInteractionsStepId,
  async (input: RecordInteractionsStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const ids = await service.recordInteractions(input.interactions)
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteInteractionRows(ids)
  }
)
