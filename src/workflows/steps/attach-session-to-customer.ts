import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type AttachSessionToCustomerStepInput = {
  customer_id?: string | null
  session_id?: string | null
}

export const attachSessionToCustomerStepId = "attach-session-to-customer"

/** This step gives a logged-in customer the anonymous history of their browser session. */
export const attachSessionToCustomerStep = createStep(
  attachSessionToCustomerStepId,
  async (input: AttachSessionToCustomerStepInput, { container }) => {
    if (!input.customer_id || !input.session_id) return new StepResponse(0, [] as string[])
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const ids = await service.attachSessionToCustomer(input.session_id, input.customer_id)
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.detachInteractionsFromCustomer(ids)
  }
)
