import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { iterateProductIdPages } from "../../utils/catalog"

export const rebuildBehaviourModelStepId = "rebuild-behaviour-model"

/** This step learns the behaviour model from every interaction and stores it as a snapshot. */
export const rebuildBehaviourModelStep = createStep(
  rebuildBehaviourModelStepId,
  async (_input: void, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const catalog: string[] = []
    for await (const ids of iterateProductIdPages(container)) catalog.push(...ids)
    const result = await service.rebuildBehaviourModel(catalog)
    return new StepResponse({ ...result, items: catalog.length }, result.snapshot_id)
  },
  async (snapshotId, { container }) => {
    if (!snapshotId) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteModelSnapshots(snapshotId)
  }
)
