import type { EmbeddingStatus } from "./models/product-embedding"

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
 * covers `switchCoverage` of the products; until then the other model with the most ready
 * vectors (the previous one, during a switch) keeps serving, so a model change never empties
 * the lists. A store with no other model serves the target from its first vector on.
 */
export function chooseServingModel(
  target: string,
  switchCoverage: number,
  products: number,
  models: readonly ModelEmbeddingCounts[]
): string {
  if (modelCoverage(target, products, models) >= switchCoverage) return target
  let best: ModelEmbeddingCounts | undefined
  for (const model of models) {
    if (model.model_id === target || model.ready === 0) continue
    const better =
      !best ||
      model.ready > best.ready ||
      (model.ready === best.ready && model.model_id < best.model_id)
    if (better) best = model
  }
  return best?.model_id ?? target
}
