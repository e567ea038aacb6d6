import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildBehaviourModelWorkflow } from "../workflows/rebuild-behaviour-model"

/**
 * Relearns from shopper behaviour now (the scheduled job does it every 15 minutes):
 *
 *   npx medusa exec ./node_modules/medusa-plugin-recommendations/.medusa/server/src/scripts/rebuild-behaviour-model.js
 */
export default async function rebuildBehaviourModel({ container }: ExecArgs): Promise<void> {
  const { result } = await rebuildBehaviourModelWorkflow(container).run()
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      `[recommendations] behaviour model rebuilt from ${result.interactions} interactions over ` +
        `${result.items} products in ${result.build_ms} ms`
    )
}
