import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { RECOMMENDATION_MODULE } from "../modules/recommendation"
import type RecommendationModuleService from "../modules/recommendation/service"
import { rebuildBehaviourModelWorkflow } from "../workflows/rebuild-behaviour-model"
import { RECOMMENDATION_SETTINGS_UPDATED } from "../workflows/update-recommendation-settings"

/**
 * New event weights change what the behaviour model learns: rebuild it now, in the background
 * of the save, rather than at the next scheduled rebuild. Other settings apply without one.
 */
export default async function rebuildAfterSettingsChangeHandler({
  container,
}: SubscriberArgs<{ updated_by: string | null }>) {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  if (!(await service.behaviourModelNeedsRebuild())) return
  await rebuildBehaviourModelWorkflow(container).run()
  await service.refreshBehaviourModel()
}

export const config: SubscriberConfig = {
  event: RECOMMENDATION_SETTINGS_UPDATED,
  context: { subscriberId: "recommendations-settings-rebuild" },
}
