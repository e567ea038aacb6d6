import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MerchandisingRulePatch } from "../modules/recommendation/merchandising-rules"
import { resolveMerchandisingRuleUpdateStep } from "./steps/resolve-merchandising-rule-update"
import { updateMerchandisingRulesStep } from "./steps/update-merchandising-rules"
import { validateMerchandisingRulesStep } from "./steps/validate-merchandising-rules"

export type UpdateMerchandisingRuleWorkflowInput = { id: string; update: MerchandisingRulePatch }

export const updateMerchandisingRuleWorkflowId = "update-merchandising-rule"

/**
 * This workflow updates one merchandising rule with some of its fields: the merged rule must
 * still be whole (a pin keeps a position...) and name products and categories that exist.
 */
export const updateMerchandisingRuleWorkflow = createWorkflow(
  updateMerchandisingRuleWorkflowId,
  (input: UpdateMerchandisingRuleWorkflowInput) => {
    const rule = resolveMerchandisingRuleUpdateStep(input)
    const rules = transform({ rule }, ({ rule }) => [rule])
    validateMerchandisingRulesStep({ rules })
    const updated = updateMerchandisingRulesStep({ rules })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
