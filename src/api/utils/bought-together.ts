import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import {
  listVisibleCatalogItems,
  type VisibilityScope,
  findVisibleSource,
} from "./product-visibility"

/** Above this embedding similarity, a product of the same type is another version, not a complement. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9

/**
 * "Frequently bought together" for a visible source product: co-purchases the scope may see,
 * without near-duplicates of the source or of each other (complements, not substitutes).
 */
export async function recommendBoughtTogether(
  container: MedusaContainer,
  scope: VisibilityScope,
  sourceId: string,
  limit: number
): Promise<ScoredItem[]> {
  const source = await findVisibleSource(container, scope, sourceId)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const candidates = await service.recommendBoughtTogether(sourceId, { limit: limit * 3 + 10 })
  const visible = await listVisibleCatalogItems(
    container,
    scope,
    { id: candidates.map((item) => item.id) },
    candidates.length
  )
  const typeById = new Map(visible.map((item) => [item.id, item.type_id]))
  typeById.set(source.id, source.type_id)
  const isNearDuplicate = async (a: string, b: string) => {
    const type = typeById.get(a)
    if (!type || type !== typeById.get(b)) return false
    return ((await service.productSimilarity(a, b)) ?? 0) >= NEAR_DUPLICATE_SIMILARITY
  }

  const kept: ScoredItem[] = []
  for (const item of candidates) {
    if (kept.length >= limit) break
    if (!typeById.has(item.id)) continue
    if (await isNearDuplicate(sourceId, item.id)) continue
    let duplicate = false
    for (const other of kept) duplicate ||= await isNearDuplicate(other.id, item.id)
    if (!duplicate) kept.push(item)
  }
  return kept
}
