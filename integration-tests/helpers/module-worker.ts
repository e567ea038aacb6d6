// The frame of a test's worker process: boots the recommendation module on its own against a test
// database, as a Medusa worker would, hands its service to the work, then shuts down. Tests start
// such processes with `run-module-worker.ts` and kill them mid-work (a crash) or run them with
// other options (a previous deployment).
import { MedusaApp, MedusaModule } from "@medusajs/framework/modules-sdk"
import {
  ContainerRegistrationKeys,
  createPgConnection,
  isSharedConnectionSymbol,
} from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import path from "node:path"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type { RecommendationPluginOptions } from "../../src/modules/recommendation/options"
import type RecommendationModuleService from "../../src/modules/recommendation/service"

/** What every worker is told; a worker's own job adds to it. Written as JSON, its path in argv. */
export type ModuleWorkerJob = {
  databaseUrl: string
  options: RecommendationPluginOptions
}

async function run<J extends ModuleWorkerJob>(
  jobPath: string,
  work: (service: RecommendationModuleService, job: J) => Promise<void>
) {
  const job = JSON.parse(readFileSync(jobPath, "utf8")) as J
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
  // `app.modules` is typed with the modules' link definitions, not their services.
  await work(app.modules[RECOMMENDATION_MODULE] as unknown as RecommendationModuleService, job)
  await app.onApplicationShutdown()
  MedusaModule.clearInstances()
  await pg.destroy()
}

/** Runs `work` with the module booted from the job file named on the command line; exits 1 on error. */
export function runModuleWorker<J extends ModuleWorkerJob>(
  work: (service: RecommendationModuleService, job: J) => Promise<void>
): void {
  run(process.argv[2], work).catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
