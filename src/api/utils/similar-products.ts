import type { MedusaContainer } from "@medusajs/framework/types"
import { rankFallbackItems, type CatalogItem, type ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import { fallbackWeights } from "../../modules/recommendation/ranking-settings"
import type RecommendationModuleService from "../../modules/recommendation/service"
import {
  findVisibleSource,
  listVisibleCatalogItems,
  type VisibilityScope,
} from "./product-visibility"
import {
  candidateCount,
  settleListShape,
  shapeVisibleList,
  topUpList,
  type ListCut,
  type VisibleList,
} from "./visible-ranking"

const MAX_CANDIDATES = 2000
const FALLBACK_POOL = 200

/**
 * "You may also like" for a visible source product: its fused neighbours that the scope may
 * see, topped up from the catalog fallback when there are too few (or no embedding yet).
 * Ranked by `shape.settings` when given (an admin preview's draft), else the live settings.
 */
export async function recommendSimilarProducts(
  container: MedusaContainer,
  scope: VisibilityScope,
  sourceId: string,
  shape: ListCut
): Promise<ScoredItem[]> {
  const source = await findVisibleSource(container, scope, sourceId)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const listShape = await settleListShape(container, {
    ...shape,
    list: "similar",
    placement: "similar",
    source,
  })

  let similar: VisibleList
  let embedded = false
  for (let wanted = candidateCount(shape.limit); ; wanted *= 4) {
    const result = await service.recommendSimilarProducts(sourceId, {
      limit: wanted,
      settings: listShape.settings,
    })
    embedded = result.embedded
    // Without the source's vector, popularity alone says nothing about it: products sharing its
    // category, collection or type (the fallback) come before those, and before anything else
    // but what its own shoppers also chose.
    const related = embedded
      ? result.items
      : result.items.filter((item) => item.reasons.some((r) => r.type === "also_interacted"))
    similar = await shapeVisibleList(container, scope, related, listShape)
    const exhausted = result.items.length < wanted || wanted >= MAX_CANDIDATES
    if (similar.items.length >= shape.limit || exhausted) break
  }
  const cause = embedded ? "not_enough_similar_items" : "source_not_embedded"
  return topUpList(
    similar,
    async () => {
      const candidates = await listFallbackCandidates(container, scope, source)
      const weights = fallbackWeights(listShape.settings)
      return { items: rankFallbackItems(source, candidates, cause, weights), catalog: candidates }
    },
    listShape
  )
}

/** Visible products sharing a category, collection or type with the source, then the newest. */
async function listFallbackCandidates(
  container: MedusaContainer,
  scope: VisibilityScope,
  source: CatalogItem
): Promise<CatalogItem[]> {
  const filters: Record<string, unknown>[] = [{}]
  if (source.category_ids.length) filters.push({ categories: { id: source.category_ids } })
  if (source.collection_id) filters.push({ collection_id: source.collection_id })
  if (source.type_id) filters.push({ type_id: source.type_id })
  const lists = await Promise.all(
    filters.map((filter) => listVisibleCatalogItems(container, scope, filter, FALLBACK_POOL))
  )
  const byId = new Map<string, CatalogItem>()
  for (const item of lists.flat()) byId.set(item.id, item)
  byId.delete(source.id)
  return [...byId.values()]
}
