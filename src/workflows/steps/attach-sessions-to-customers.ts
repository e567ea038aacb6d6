import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type AttachSessionsToCustomersStepInput = {
  attach_sessions?: { customer_id: string; session_id: string }[]
}

export const attachSessionsToCustomersStepId = "attach-sessions-to-customers"

/** This step gives logged-in customers the anonymous history of their browser sessions. */
export const attachSessionsToCustomersStep = createStep(
  attachSessionsToCustomersStepId,
  async (input: AttachSessionsToCustomersStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const ids: string[] = []
    for (const { session_id, customer_id } of input.attach_sessions ?? []) {
      ids.push(...(await service.attachSessionToCustomer(session_id, customer_id)))
    }
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.detachInteractionsFromCustomer(ids)
  }
)
