import type { MedusaContainer } from "@medusajs/framework/types"
import { appendFallback, capPerCategory, type CatalogItem, type ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { RankingSettings } from "../../modules/recommendation/ranking-settings"
import type { ListShape } from "../../modules/recommendation/service"
import { listVisibleProducts, type VisibilityScope } from "./product-visibility"

/**
 * How many candidates to rank for a list of `limit`: hidden, excluded or filtered products are
 * dropped after ranking, so ask for more than needed.
 */
export function candidateCount(limit: number): number {
  return limit * 3 + 10
}

/** A ranked store list with the catalog entries of its products (for category caps). */
export type VisibleList = { items: ScoredItem[]; catalog: Map<string, CatalogItem> }

/** Products that may top a short list up: visible, best first, with their catalog entries. */
export type FallbackList = { items: ScoredItem[]; catalog: CatalogItem[] }

/** A list's shape with the settings it is ranked by, read once per list. */
export type SettledListShape = ListShape & { settings: RankingSettings }

/** The shape with its own settings (an admin preview's draft), else the live ones. */
export async function settleListShape(
  container: MedusaContainer,
  shape: ListShape
): Promise<SettledListShape> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  return { ...shape, settings: shape.settings ?? (await service.getSettings()) }
}

/** The category a product counts under for the per-category cap: its first one. */
export function categoryIn(catalog: Map<string, CatalogItem>) {
  return (id: string) => catalog.get(id)?.category_ids[0]
}

/**
 * The candidates of a ranking that the scope may see, re-ranked for variety (MMR, with the
 * optional cap per category) and cut to the list's length.
 */
export async function shapeVisibleList(
  container: MedusaContainer,
  scope: VisibilityScope,
  candidates: ScoredItem[],
  shape: ListShape
): Promise<VisibleList> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const catalog = await listVisibleProducts(
    container,
    scope,
    candidates.map((item) => item.id)
  )
  const items = await service.diversify(
    candidates.filter((item) => catalog.has(item.id)),
    { ...shape, categoryOf: categoryIn(catalog) }
  )
  return { items, catalog }
}

/**
 * Tops a short list up with fallback products, scored under the list and still within the cap
 * per category. The fallback is loaded only when the list is short and fallbacks are on.
 */
export async function topUpList(
  list: VisibleList,
  loadFallback: () => Promise<FallbackList>,
  shape: SettledListShape
): Promise<ScoredItem[]> {
  if (list.items.length >= shape.limit || !shape.settings.fallback.enabled) return list.items
  const fallback = await loadFallback()
  const maxPerCategory =
    shape.maxPerCategory ?? shape.settings.diversity.max_per_category ?? undefined
  const combined = appendFallback(
    list.items,
    fallback.items,
    list.items.length + fallback.items.length
  )
  if (maxPerCategory === undefined) return combined.slice(0, shape.limit)
  const catalog = new Map(list.catalog)
  for (const item of fallback.catalog) catalog.set(item.id, item)
  return capPerCategory(combined, {
    limit: shape.limit,
    categoryOf: categoryIn(catalog),
    maxPerCategory,
  })
}
