import type { EmbeddingProvider } from "../../engine"
import type { EmbeddingStatus } from "./models/product-embedding"
import type { VectorIndexSync } from "./vector-index-sync"

/** Live embedding rows of one model, by status. */
export type ModelEmbeddingCounts = Record<EmbeddingStatus, number> & {
  model_id: string
  /** Length of its vectors; null until one is stored. */
  dimensions: number | null
}

/** Share of `products` with a ready vector of `modelId`, 0..1 (1 for an empty catalog). */
export function modelCoverage(
  modelId: string,
  products: number,
  models: readonly ModelEmbeddingCounts[]
): number {
  const ready = models.find((model) => model.model_id === modelId)?.ready ?? 0
  return products ? Math.min(1, ready / products) : 1
}

/**
 * Which model's vectors requests rank with. The configured (target) model serves once it
 * covers `switchCoverage` of the products; until then the model with the most ready vectors
 * (the previous one, during a switch) keeps serving, so a model change never empties the lists.
 * A store with no other model serves the target from its first vector on, and so does a store
 * whose other model only has a few leftover vectors (say, from before an upgrade).
 */
export function chooseServingModel(
  target: string,
  switchCoverage: number,
  products: number,
  models: readonly ModelEmbeddingCounts[]
): string {
  if (modelCoverage(target, products, models) >= switchCoverage) return target
  const targetReady = models.find((model) => model.model_id === target)?.ready ?? 0
  let best: ModelEmbeddingCounts | undefined
  for (const model of models) {
    if (model.model_id === target || model.ready <= targetReady) continue
    const better =
      !best ||
      model.ready > best.ready ||
      (model.ready === best.ready && model.model_id < best.model_id)
    if (better) best = model
  }
  return best?.model_id ?? target
}

/** The model requests rank with, its index, and a provider for its query vectors if any. */
export type ServingModel = {
  model_id: string
  sync: VectorIndexSync
  provider: EmbeddingProvider | undefined
}

export type ServingModelSyncSettings = {
  /** The configured model. */
  target: string
  switchCoverage: number
  /** How often to look at Postgres again while the target model does not serve alone. */
  maxStalenessMs: number
  readCounts: () => Promise<{ models: ModelEmbeddingCounts[]; products: number }>
  /** A serving model whose index is not loaded yet. */
  open: (modelId: string) => ServingModel
  onSwap: (serving: ServingModel) => void
}

/**
 * Follows which model serves (see `chooseServingModel`) from what Postgres holds. A new serving
 * model's index is loaded in full before it replaces the old one, so requests meanwhile keep
 * ranking with the old one and no index ever mixes two models' vectors.
 */
export class ServingModelSync {
  private current_: ServingModel
  // Once the target model alone covers the catalog, nothing but a restart with other options
  // can change the serving model: stop looking.
  private settled_ = false
  private checkedAt_ = 0
  private inFlight_: Promise<void> | undefined

  constructor(private readonly settings: ServingModelSyncSettings) {
    this.current_ = settings.open(settings.target)
  }

  /** The serving model as last checked. */
  get current(): ServingModel {
    return this.current_
  }

  /** The serving model, after checking whether a switch ended (when due). */
  async ensureFresh(): Promise<ServingModel> {
    const due = !this.checkedAt_ || Date.now() - this.checkedAt_ >= this.settings.maxStalenessMs
    if (!this.settled_ && due) {
      this.inFlight_ ??= this.update_().finally(() => {
        this.inFlight_ = undefined
      })
      await this.inFlight_
    }
    return this.current_
  }

  private async update_(): Promise<void> {
    const { target, switchCoverage } = this.settings
    const { models, products } = await this.settings.readCounts()
    const modelId = chooseServingModel(target, switchCoverage, products, models)
    this.checkedAt_ = Date.now()
    this.settled_ =
      products > 0 &&
      models.every((model) => model.model_id === target) &&
      modelCoverage(target, products, models) >= switchCoverage
    if (modelId === this.current_.model_id) return
    const next = this.settings.open(modelId)
    await next.sync.refresh()
    this.current_ = next
    this.settings.onSwap(next)
  }
}
