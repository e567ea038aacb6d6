import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type DeleteMerchandisingRulesStepInput = { ids: string[] }

export const deleteMerchandisingRulesStepId = "delete-merchandising-rules"

/** This step soft-deletes merchandising rules; compensation restores them. */
export const deleteMerchandisingRulesStep = createStep(
  deleteMerchandisingRulesStepId,
  async (input: DeleteMerchandisingRulesStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.softDeleteMerchandisingRules(input.ids)
    service.invalidateMerchandisingRules()
    return new StepResponse(input.ids, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.restoreMerchandisingRules(ids)
    service.invalidateMerchandisingRules()
  }
)
