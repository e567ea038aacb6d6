import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { EmbeddingStateSnapshot } from "../../modules/recommendation/service"

export const queueModelSwitchStepId = "queue-model-switch"

// Rows per INSERT: Postgres takes at most 65,535 parameters per statement.
const CHUNK = 1000

/**
 * This step queues, for the configured embedding model, every product another model embedded:
 * after a model change, the whole catalog is re-embedded in the background.
 */
export const queueModelSwitchStep = createStep(
  queueModelSwitchStepId,
  async (_input: undefined, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const productIds = await service.listProductsMissingTargetEmbedding()
    const snapshots: EmbeddingStateSnapshot[] = []
    for (let start = 0; start < productIds.length; start += CHUNK) {
      snapshots.push(...(await service.markProductsPending(productIds.slice(start, start + CHUNK))))
    }
    return new StepResponse(snapshots.length, snapshots)
  },
  async (snapshots, { container }) => {
    if (!snapshots?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.restoreEmbeddingStates(snapshots)
  }
)
