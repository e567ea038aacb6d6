// A separate process for tests (see module-worker.ts) that rebuilds the behaviour model once, as
// the scheduled job's workflow step does. The catalog is given, because the module alone has no
// product module to list it from.
import { runModuleWorker, type ModuleWorkerJob } from "./module-worker"

export type BehaviourRebuildWorkerJob = ModuleWorkerJob & { catalog: string[] }

runModuleWorker<BehaviourRebuildWorkerJob>(async (service, job) => {
  await service.rebuildBehaviourModel(job.catalog)
})
