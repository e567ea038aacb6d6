import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  updateRecommendationSettingsStep,
  type UpdateRecommendationSettingsStepInput,
} from "./steps/update-recommendation-settings"

export type UpdateRecommendationSettingsWorkflowInput = UpdateRecommendationSettingsStepInput

export const updateRecommendationSettingsWorkflowId = "update-recommendation-settings"

/** Emitted once new ranking settings are stored (a subscriber rebuilds the model if needed). */
export const RECOMMENDATION_SETTINGS_UPDATED = "recommendation.settings_updated"

/**
 * This workflow replaces the ranking settings the admin saved (fusion weights, diversity,
 * fallbacks, event weights). Every instance ranks with them within its refresh interval; event
 * weights also need the behaviour model rebuilt, which the emitted event starts.
 */
export const updateRecommendationSettingsWorkflow = createWorkflow(
  updateRecommendationSettingsWorkflowId,
  (input: UpdateRecommendationSettingsWorkflowInput) => {
    const overrides = updateRecommendationSettingsStep(input)
    emitEventStep({
      eventName: RECOMMENDATION_SETTINGS_UPDATED,
      data: { updated_by: input.updated_by },
    })
    return new WorkflowResponse(overrides)
  }
)
