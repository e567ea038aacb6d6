import type { MedusaContainer } from "@medusajs/framework/types"
import { appendFallback, rankFallbackItems, type CatalogItem, type ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import {
  listVisibleCatalogItems,
  listVisibleProductIds,
  type VisibilityScope,
  findVisibleSource,
} from "./product-visibility"

// Candidates fetched per visible slot: hidden products are skipped, so ask for more than needed.
const CANDIDATE_FACTOR = 3
const MAX_CANDIDATES = 2000
const FALLBACK_POOL = 200

/**
 * "You may also like" for a visible source product: its semantic neighbours that the scope may
 * see, topped up from the catalog fallback when there are too few (or no embedding yet).
 */
export async function recommendSimilarProducts(
  container: MedusaContainer,
  scope: VisibilityScope,
  sourceId: string,
  limit: number,
  diversity?: number
): Promise<ScoredItem[]> {
  const source = await findVisibleSource(container, scope, sourceId)
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)

  let similar: ScoredItem[] = []
  let embedded = false
  for (let wanted = limit * CANDIDATE_FACTOR + 10; ; wanted *= 4) {
    const result = await service.recommendSimilarProducts(sourceId, { limit: wanted })
    embedded = result.embedded
    const visible = await listVisibleProductIds(
      container,
      scope,
      result.items.map((item) => item.id)
    )
    similar = result.items.filter((item) => visible.has(item.id))
    const exhausted = result.items.length < wanted || wanted >= MAX_CANDIDATES
    if (similar.length >= limit || exhausted) break
  }
  similar = await service.diversify(similar, { limit, diversity, list: "similar" })
  if (similar.length >= limit) return similar

  const candidates = await listFallbackCandidates(container, scope, source)
  const cause = embedded ? "not_enough_similar_items" : "source_not_embedded"
  return appendFallback(similar, rankFallbackItems(source, candidates, cause), limit)
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
