import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type { RankingSettingsOverrides } from "../../modules/recommendation/ranking-settings"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { SettingsRow } from "../../modules/recommendation/settings-store"

export type UpdateRecommendationSettingsStepInput = {
  /** Replaces the stored overrides; `{}` is back to the defaults. */
  overrides: RankingSettingsOverrides
  /** The admin user saving them. */
  updated_by: string | null
}

export const updateRecommendationSettingsStepId = "update-recommendation-settings"

/** This step stores the ranking settings' overrides; compensation puts the previous ones back. */
export const updateRecommendationSettingsStep = createStep(
  updateRecommendationSettingsStepId,
  async (input: UpdateRecommendationSettingsStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const previous = await service.replaceStoredSettings({
      values: input.overrides,
      updated_by: input.updated_by,
    })
    // Wrapped: a first save has no previous row, and compensation must still delete the new one.
    return new StepResponse(input.overrides, { previous })
  },
  async (compensation: { previous: SettingsRow | null } | undefined, { container }) => {
    if (!compensation) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.replaceStoredSettings(compensation.previous)
  }
)
