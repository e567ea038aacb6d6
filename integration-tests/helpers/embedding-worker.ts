// A separate embedding process for tests (see module-worker.ts): embeds the given products until
// none is pending. Tests kill it mid-batch (a crash) or run it with another model's options (a
// previous deployment). Texts are given, because the module alone has no product catalog.
import { hashText } from "../../src/engine"
import { runModuleWorker, type ModuleWorkerJob } from "./module-worker"

export type EmbeddingWorkerJob = ModuleWorkerJob & {
  products: { product_id: string; text: string }[]
  /** Queue the products first (a backfill's start); a restart only drains. */
  queue: boolean
}

// Claims of a killed worker expire after a while: look again this often until they do.
const IDLE_POLL_MS = 100

runModuleWorker<EmbeddingWorkerJob>(async (service, job) => {
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
})
