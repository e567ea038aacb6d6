// A separate embedding process for tests: boots the recommendation module on its own against a
// test database, as a Medusa worker would, and embeds the given products until none is pending.
// Tests kill it mid-batch (a crash) or run it with another model's options (a previous
// deployment). Texts are given, because the module alone has no product catalog.
//
//   node -r ts-node/register/transpile-only integration-tests/helpers/embedding-worker.ts <job.json>
import { MedusaApp, MedusaModule } from "@medusajs/framework/modules-sdk"
import {
  ContainerRegistrationKeys,
  createPgConnection,
  isSharedConnectionSymbol,
} from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import path from "node:path"
import { hashText } from "../../src/engine"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type { RecommendationPluginOptions } from "../../src/modules/recommendation/options"
import type RecommendationModuleService from "../../src/modules/recommendation/service"

export type EmbeddingWorkerJob = {
  databaseUrl: string
  options: RecommendationPluginOptions
  products: { product_id: string; text: string }[]
  /** Queue the products first (a backfill's start); a restart only drains. */
  queue: boolean
}

// Claims of a killed worker expire after a while: look again this often until they do.
const IDLE_POLL_MS = 100

async function main(jobPath: string) {
  const job = JSON.parse(readFileSync(jobPath, "utf8")) as EmbeddingWorkerJob
  const pg = createPgConnection({ clientUrl: job.databaseUrl })
  const app = await MedusaApp({
    modulesConfig: {
      [RECOMMENDATION_MODULE]: {
        resolve: path.join(__dirname, "../../src/modules/recommendation"),
        options: {
          ...job.options,
          database: { clientUrl: job.databaseUrl },
          [isSharedConnectionSymbol]: true,
        },
      },
    },
    injectedDependencies: {
      [ContainerRegistrationKeys.PG_CONNECTION]: pg,
      [ContainerRegistrationKeys.LOGGER]: console,
    },
    sharedResourcesConfig: { database: { clientUrl: job.databaseUrl } },
  })
  const service = app.modules[RECOMMENDATION_MODULE] as RecommendationModuleService
  const texts = new Map(
    job.products.map(({ product_id, text }) => [
      product_id,
      { product_id, text, text_hash: hashText(text) },
    ])
  )
  const ids = [...texts.keys()]
  if (job.queue) await service.markProductsPending(ids)

  const { batchSize } = service.getOptions().embedding
  for (;;) {
    const claim = await service.claimPendingEmbeddings(batchSize)
    if (claim.rows.length) {
      const claimed = claim.rows.flatMap((row) => texts.get(row.product_id) ?? [])
      await service.embedClaimedTexts(claim.token, claim.rows, claimed)
      continue
    }
    if ((await service.countEmbeddingsByStatus(ids)).pending === 0) break
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS))
  }
  await app.onApplicationShutdown()
  MedusaModule.clearInstances()
  await pg.destroy()
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
