import { createPgConnection } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { createHash } from "node:crypto"
import path from "node:path"
import { syntheticInteractions } from "../../../../bench/lib/synthetic-interactions"
import {
  startBehaviourRebuildWorker,
  type ModuleWorker,
} from "../../../../integration-tests/helpers/run-module-worker"
import { until } from "../../../../integration-tests/helpers/until"
import { serializeBehaviourModel } from "../../../engine"
import { RECOMMENDATION_MODULE } from ".."
import { BEHAVIOUR_MODEL_KIND } from "../behaviour-model-sync"
import ModelSnapshot from "../models/model-snapshot"
import type RecommendationModuleService from "../service"

jest.setTimeout(180_000)

// Enough behaviour for a snapshot of megabytes, stored in three rounds: two models exist
// before the crash, and the third round is what the killed rebuild was to bring in.
const INTERACTIONS = 30_000
const SHOPPERS = 3_000
const ITEMS = 2_000
const ROUNDS = 3
// Under Postgres's 65,535 parameters a statement (9 a row).
const INSERT_BATCH = 5_000
const EPOCH = Date.UTC(2026, 0, 1)
// Tells the worker's connections apart from the test's own in pg_stat_activity.
const WORKER_APP = "behaviour-rebuild-worker"

const catalog = Array.from({ length: ITEMS }, (_, item) => `p${item}`)
const events = [...syntheticInteractions(INTERACTIONS, SHOPPERS, ITEMS)]
// Snapshots are compared by digest: megabytes of bytes make unreadable test failures.
const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex")

moduleIntegrationTestRunner<RecommendationModuleService>({
  moduleName: RECOMMENDATION_MODULE,
  moduleModels: [ModelSnapshot],
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service, MikroOrmWrapper, dbConfig }) => {
    type SnapshotRow = { id: string; interactions: number; digest: string }
    const snapshots = async (): Promise<SnapshotRow[]> => {
      const rows = await MikroOrmWrapper.getManager().execute<
        { id: string; interactions: number; payload: Buffer }[]
      >(
        `SELECT id, interactions, payload FROM recommendation_model_snapshot
         WHERE kind = '${BEHAVIOUR_MODEL_KIND}' ORDER BY built_at, id`
      )
      return rows.map(({ payload, ...row }) => ({ ...row, digest: digest(payload) }))
    }
    type Backend = { wait_event_type: string | null; query: string }
    const workerBackends = (): Promise<Backend[]> =>
      MikroOrmWrapper.getManager().execute(
        `SELECT wait_event_type, query FROM pg_stat_activity
         WHERE application_name = '${WORKER_APP}'`
      )
    const snapshotLocks = async (): Promise<number> => {
      const [{ count }] = await MikroOrmWrapper.getManager().execute<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM pg_locks
         WHERE relation = 'recommendation_model_snapshot'::regclass`
      )
      return count
    }
    /** Digest of the model this process serves, after looking for a newer one. */
    const served = async () => {
      await service.refreshBehaviourModel()
      return digest(serializeBehaviourModel(await service.getBehaviourModel()))
    }
    const storedInteractions = async (): Promise<number> => {
      const [{ count }] = await MikroOrmWrapper.getManager().execute<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM recommendation_interaction`
      )
      return count
    }
    const record = async (from: number, to: number) => {
      for (let start = from; start < to; start += INSERT_BATCH) {
        await service.recordInteractions(
          events.slice(start, Math.min(to, start + INSERT_BATCH)).map((event) => ({
            type: event.type,
            product_id: event.item_id,
            quantity: event.quantity,
            customer_id: event.user_id,
            order_id: event.order_id ?? null,
            occurred_at: new Date(EPOCH + event.timestamp),
          }))
        )
      }
    }

    it("keeps serving the stored model when the rebuild process is SIGKILLed mid-save; the next rebuild completes", async () => {
      const round = INTERACTIONS / ROUNDS
      await record(0, round)
      await service.rebuildBehaviourModel(catalog)
      await record(round, 2 * round)
      await service.rebuildBehaviourModel(catalog)
      const before = await snapshots()
      expect(before).toHaveLength(2)
      const [oldest, newest] = before
      expect(await served()).toBe(newest.digest)
      await record(2 * round, INTERACTIONS)
      const total = await storedInteractions()

      // The worker saves a snapshot in one transaction: insert the new one, then delete all but
      // the newest two. A row lock on the oldest holds that delete, so the worker is caught
      // inside its transaction with its new snapshot written but not committed: the worst moment
      // to die, found through Postgres rather than a sleep.
      const workerUrl = new URL(dbConfig.clientUrl)
      workerUrl.searchParams.set("application_name", WORKER_APP)
      const job = { databaseUrl: workerUrl.toString(), options: {}, catalog }
      const pg = createPgConnection({ clientUrl: dbConfig.clientUrl })
      const holder = await pg.transaction()
      let first: ModuleWorker | undefined
      try {
        await holder.raw(`SELECT id FROM recommendation_model_snapshot WHERE id = ? FOR UPDATE`, [
          oldest.id,
        ])
        first = startBehaviourRebuildWorker(job)
        const { child, exited } = first
        await until(async () => {
          // A worker that fails before its save would otherwise only show as a timeout.
          if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`worker exited: ${(await exited).stderr}`)
          }
          return (await workerBackends()).some(
            (backend) =>
              backend.wait_event_type === "Lock" &&
              backend.query.includes("DELETE FROM recommendation_model_snapshot")
          )
        }, "the rebuild's save to wait inside its transaction")
        child.kill("SIGKILL")
        expect((await exited).signal).toBe("SIGKILL")

        // Nobody sees the dead worker's snapshot: this process and a fresh one serve the old one.
        expect(await served()).toBe(newest.digest)
        const loaded = await service.loadNewestModelSnapshot(BEHAVIOUR_MODEL_KIND, null)
        expect(loaded?.id).toBe(newest.id)
        // A process already serving it reads nothing.
        expect(await service.loadNewestModelSnapshot(BEHAVIOUR_MODEL_KIND, newest.id)).toBeNull()
      } finally {
        // Also after a failed assertion: a live worker or a held lock would hang the teardown.
        first?.child.kill("SIGKILL")
        await holder.rollback()
        await pg.destroy()
      }

      // The dead worker's backend outlives it only while it waits for the lock, then rolls back
      // and exits: no transaction, lock or row of the killed rebuild is left to block the next.
      await until(async () => (await workerBackends()).length === 0, "the orphaned backend to end")
      expect(await snapshotLocks()).toBe(0)
      expect(await snapshots()).toEqual(before)
      expect(await served()).toBe(newest.digest)

      // A restart rebuilds from every interaction, exactly as a rebuild nobody killed would.
      const second = startBehaviourRebuildWorker(job)
      expect(await second.exited).toEqual({ code: 0, signal: null, stderr: expect.any(String) })
      const after = await snapshots()
      expect(after).toEqual([newest, expect.objectContaining({ interactions: total })])
      const rebuilt = after[1]
      expect(await served()).toBe(rebuilt.digest)
      const uninterrupted = await service.rebuildBehaviourModel(catalog)
      const reference = (await snapshots()).find((row) => row.id === uninterrupted.snapshot_id)
      expect(reference?.digest).toBe(rebuilt.digest)
    })
  },
})
