import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { findVisibleSource, type VisibilityScope } from "./product-visibility"
import { candidateCount, shapeVisibleList, type ListCut } from "./visible-ranking"

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
  shape: ListCut
): Promise<ScoredItem[]> {
  const source = await findVisibleSource(container, scope, sourceId)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const candidates = await service.recommendBoughtTogether(sourceId, {
    limit: candidateCount(shape.limit),
  })
  const list = await shapeVisibleList(
    container,
    scope,
    candidates,
    { ...shape, list: "similar", placement: "bought_together", source },
    async (visible, catalog) => {
      const typeOf = (id: string) => (id === source.id ? source.type_id : catalog.get(id)?.type_id)
      const isNearDuplicate = async (a: string, b: string) => {
        const type = typeOf(a)
        if (!type || type !== typeOf(b)) return false
        return ((await service.productSimilarity(a, b)) ?? 0) >= NEAR_DUPLICATE_SIMILARITY
      }
      const complements: ScoredItem[] = []
      for (const item of visible) {
        if (item.id === sourceId) continue
        if (await isNearDuplicate(sourceId, item.id)) continue
        let duplicate = false
        for (const other of complements) duplicate ||= await isNearDuplicate(other.id, item.id)
        if (!duplicate) complements.push(item)
      }
      return complements
    }
  )
  return list.items
}
