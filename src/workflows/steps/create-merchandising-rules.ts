import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type { MerchandisingRuleFields } from "../../modules/recommendation/merchandising-rules"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type CreateMerchandisingRulesStepInput = { rules: MerchandisingRuleFields[] }

export const createMerchandisingRulesStepId = "create-merchandising-rules"

/** This step creates merchandising rules; the store lists apply them from the next request. */
export const createMerchandisingRulesStep = createStep(
  createMerchandisingRulesStepId,
  async (input: CreateMerchandisingRulesStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const rules = await service.createMerchandisingRules(input.rules)
    service.invalidateMerchandisingRules()
    return new StepResponse(
      rules,
      rules.map((rule) => rule.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteMerchandisingRules(ids)
    service.invalidateMerchandisingRules()
  }
)
