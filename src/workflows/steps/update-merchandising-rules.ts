import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type { MerchandisingRuleFields } from "../../modules/recommendation/merchandising-rules"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type UpdateMerchandisingRulesStepInput = {
  rules: (MerchandisingRuleFields & { id: string })[]
}

export const updateMerchandisingRulesStepId = "update-merchandising-rules"

const RULE_FIELDS = [
  "id",
  "action",
  "scope",
  "scope_id",
  "placement",
  "product_id",
  "position",
  "strength",
  "active",
  "note",
] as const

/** This step writes rules' new fields; compensation writes their previous ones back. */
export const updateMerchandisingRulesStep = createStep(
  updateMerchandisingRulesStepId,
  async (input: UpdateMerchandisingRulesStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const previous = await service.listMerchandisingRules(
      { id: input.rules.map((rule) => rule.id) },
      { select: [...RULE_FIELDS] }
    )
    const rules = await service.updateMerchandisingRules(input.rules)
    service.invalidateMerchandisingRules()
    return new StepResponse(rules, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.updateMerchandisingRules(previous)
    service.invalidateMerchandisingRules()
  }
)
