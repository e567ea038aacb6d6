import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import { applySettingsOverrides } from "../../../../modules/recommendation/ranking-settings"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import type { AdminRecommendationSettingsResponse } from "../../../../types/http"
import { updateRecommendationSettingsWorkflow } from "../../../../workflows/update-recommendation-settings"
import type { AdminPostRecommendationSettingsType } from "./validators"

async function settingsResponse(
  req: AuthenticatedMedusaRequest
): Promise<AdminRecommendationSettingsResponse> {
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const defaults = service.getDefaultSettings()
  const stored = await service.readStoredSettings()
  return {
    settings: applySettingsOverrides(defaults, stored.overrides),
    defaults,
    overrides: stored.overrides,
    updated_at: stored.updated_at?.toISOString() ?? null,
    updated_by: stored.updated_by,
  }
}

/**
 * GET /admin/recommendations/settings — the ranking settings in effect, the plugin options'
 * defaults and the overrides saved in the admin.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecommendationSettingsResponse>
) => {
  res.json(await settingsResponse(req))
}

/**
 * POST /admin/recommendations/settings — replaces the saved overrides with the body (any part
 * of the settings). Store lists rank with them at once; new event weights rebuild the
 * behaviour model in the background.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostRecommendationSettingsType>,
  res: MedusaResponse<AdminRecommendationSettingsResponse>
) => {
  await updateRecommendationSettingsWorkflow(req.scope).run({
    input: { overrides: req.validatedBody, updated_by: req.auth_context.actor_id },
  })
  res.json(await settingsResponse(req))
}

/** DELETE /admin/recommendations/settings — back to the plugin options' defaults. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecommendationSettingsResponse>
) => {
  await updateRecommendationSettingsWorkflow(req.scope).run({
    input: { overrides: {}, updated_by: req.auth_context.actor_id },
  })
  res.json(await settingsResponse(req))
}
