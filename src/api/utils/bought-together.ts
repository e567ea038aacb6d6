import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ListShape } from "../../modules/recommendation/service"
import { findVisibleSource, listVisibleProducts, type VisibilityScope } from "./product-visibility"
import { candidateCount, categoryIn } from "./visible-ranking"

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
  shape: Omit<ListShape, "list">
): Promise<ScoredItem[]> {
  const source = await findVisibleSource(container, scope, sourceId)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const candidates = await service.recommendBoughtTogether(sourceId, {
    limit: candidateCount(shape.limit),
  })
  const catalog = await listVisibleProducts(
    container,
    scope,
    candidates.map((item) => item.id)
  )
  catalog.set(source.id, source)
  const isNearDuplicate = async (a: string, b: string) => {
    const type = catalog.get(a)?.type_id
    if (!type || type !== catalog.get(b)?.type_id) return false
    return ((await service.productSimilarity(a, b)) ?? 0) >= NEAR_DUPLICATE_SIMILARITY
  }

  const complements: ScoredItem[] = []
  for (const item of candidates) {
    if (item.id === sourceId || !catalog.has(item.id)) continue
    if (await isNearDuplicate(sourceId, item.id)) continue
    let duplicate = false
    for (const other of complements) duplicate ||= await isNearDuplicate(other.id, item.id)
    if (!duplicate) complements.push(item)
  }
  return service.diversify(complements, {
    ...shape,
    list: "similar",
    categoryOf: categoryIn(catalog),
  })
}
