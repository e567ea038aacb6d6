import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import {
  resolveMerchandisingRule,
  type MerchandisingRuleFields,
  type MerchandisingRulePatch,
} from "../../modules/recommendation/merchandising-rules"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type ResolveMerchandisingRuleUpdateStepInput = { id: string; update: MerchandisingRulePatch }

export const resolveMerchandisingRuleUpdateStepId = "resolve-merchandising-rule-update"

/**
 * This step merges a partial update into the stored rule and checks the result as a whole
 * (a pin still has a position...): a 404 for an unknown rule, a 400 naming the field.
 */
export const resolveMerchandisingRuleUpdateStep = createStep(
  resolveMerchandisingRuleUpdateStepId,
  async (input: ResolveMerchandisingRuleUpdateStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const existing: MerchandisingRuleFields = await service.retrieveMerchandisingRule(input.id)
    const resolved = resolveMerchandisingRule(input.update, existing)
    if ("problem" in resolved) {
      const { field, message } = resolved.problem
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
    }
    return new StepResponse({ ...resolved.rule, id: input.id })
  }
)
