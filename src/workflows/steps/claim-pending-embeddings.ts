import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type ClaimPendingEmbeddingsStepInput = { limit: number }

export const claimPendingEmbeddingsStepId = "claim-pending-embeddings"

/** This step claims a batch of products waiting for an embedding. */
export const claimPendingEmbeddingsStep = createStep(
  claimPendingEmbeddingsStepId,
  async (input: ClaimPendingEmbeddingsStepInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const claim = await service.claimPendingEmbeddings(input.limit)
    return new StepResponse(claim, claim.token)
  },
  async (token, { container }) => {
    if (!token) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.releaseEmbeddingClaim(token)
  }
)
