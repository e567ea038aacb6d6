import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MerchandisingRuleFields } from "../modules/recommendation/merchandising-rules"
import { createMerchandisingRulesStep } from "./steps/create-merchandising-rules"
import { validateMerchandisingRulesStep } from "./steps/validate-merchandising-rules"

export type CreateMerchandisingRulesWorkflowInput = { rules: MerchandisingRuleFields[] }

export const createMerchandisingRulesWorkflowId = "create-merchandising-rules"

/**
 * This workflow creates merchandising rules (pin, boost, bury, exclude, curate) once the
 * products and categories they name are known to exist.
 */
export const createMerchandisingRulesWorkflow = createWorkflow(
  createMerchandisingRulesWorkflowId,
  (input: CreateMerchandisingRulesWorkflowInput) => {
    validateMerchandisingRulesStep(input)
    return new WorkflowResponse(createMerchandisingRulesStep(input))
  }
)
