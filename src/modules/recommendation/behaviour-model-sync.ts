import { buildBehaviourModel, deserializeBehaviourModel, type BehaviourModel } from "../../engine"
import type { StoredModelSnapshot } from "./service"

export const BEHAVIOUR_MODEL_KIND = "behaviour"

/** Reads the newest stored snapshot, unless it is the one with id `knownId`. */
export type SnapshotReader = (knownId: string | null) => Promise<StoredModelSnapshot | null>

/**
 * Keeps this process on the newest behaviour model in Postgres. Until one is stored the model is
 * empty (built from no interactions), so every recommender falls back to meaning and popularity.
 */
export class BehaviourModelSync {
  private model_: BehaviourModel = buildBehaviourModel([])
  private snapshotId_: string | null = null
  private builtAt_: Date | null = null
  private buildStartedAt_: number | undefined
  private checkedAt_ = 0
  private inFlight_: Promise<void> | undefined

  constructor(
    private readonly readSnapshot: SnapshotReader,
    private readonly maxStalenessMs: number
  ) {}

  get builtAt(): Date | null {
    return this.builtAt_
  }

  /** When the served model's build began (ms): it read the vectors of that moment or later. */
  get buildStartedAt(): number | undefined {
    return this.buildStartedAt_
  }

  async ensureFresh(): Promise<BehaviourModel> {
    if (Date.now() - this.checkedAt_ >= this.maxStalenessMs) await this.refresh()
    return this.model_
  }

  refresh(): Promise<void> {
    this.inFlight_ ??= this.refresh_().finally(() => {
      this.inFlight_ = undefined
    })
    return this.inFlight_
  }

  private async refresh_(): Promise<void> {
    const checkedAt = Date.now()
    // Only a new snapshot is read whole: its payload is megabytes and the refresh runs often.
    const snapshot = await this.readSnapshot(this.snapshotId_)
    if (snapshot) {
      this.snapshotId_ = snapshot.id
      this.model_ = deserializeBehaviourModel(snapshot.payload)
      this.builtAt_ = snapshot.built_at
      this.buildStartedAt_ = snapshot.built_at.getTime() - snapshot.build_ms
    }
    this.checkedAt_ = checkedAt
  }
}
