import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildBehaviourModelWorkflow } from "../workflows/rebuild-behaviour-model"

/** Relearns from the latest shopper behaviour every 15 minutes. */
export default async function rebuildBehaviourModelJob(container: MedusaContainer) {
  const { result } = await rebuildBehaviourModelWorkflow(container).run()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(
    `[recommendations] behaviour model rebuilt from ${result.interactions} interactions ` +
      `over ${result.items} products in ${result.build_ms} ms`
  )
}

export const config = {
  name: "recommendations-rebuild-behaviour-model",
  schedule: "*/15 * * * *",
}
