import type { MedusaContainer } from "@medusajs/framework/types"
import {
  appendFallback,
  applyMerchandisingRules,
  capPerCategory,
  placePinnedItems,
  type CatalogItem,
  type ItemId,
  type PinnedItem,
  type ScoredItem,
} from "../../engine"
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

/**
 * A ranked store list: `items` is the list to show. Topping it up needs its parts: the
 * re-ranked products (`ranked`), the pinned ones placed around them, and the products its
 * merchandising rules exclude.
 */
export type VisibleList = {
  items: ScoredItem[]
  ranked: ScoredItem[]
  pinned: PinnedItem[]
  excluded: ReadonlySet<ItemId>
  /** Catalog entries of the list's visible products (for category caps). */
  catalog: Map<string, CatalogItem>
}

/**
 * What a request says about its list's length and variety, and the settings to rank it by (an
 * admin preview's draft; the live ones when absent).
 */
export type ListCut = Pick<ListShape, "limit" | "diversity" | "maxPerCategory" | "settings">

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
 * Drops candidates a list does not want among the visible ones (e.g. near-duplicates in
 * "bought together"); products placed by merchandising rules are not passed through it.
 */
export type CandidateRefinement = (
  visible: ScoredItem[],
  catalog: Map<string, CatalogItem>
) => Promise<ScoredItem[]>

/**
 * The one pipeline of every store list: the candidates of a ranking and the products its
 * merchandising rules bring in, kept when the scope may see them, then the rules applied
 * (exclude, boost, bury, curate), re-ranked for variety (MMR, with the optional cap per
 * category), cut to the list's length, and pinned products put at their positions, so neither
 * diversity nor the cap moves them. A pinned or curated product the shopper may not see (not
 * published, not in the key's channels, filtered out by stock or price) is not shown.
 */
export async function shapeVisibleList(
  container: MedusaContainer,
  scope: VisibilityScope,
  candidates: ScoredItem[],
  shape: ListShape,
  refine?: CandidateRefinement
): Promise<VisibleList> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const rules = await service.listApplicableMerchandisingRules({
    placement: shape.placement,
    source: shape.source,
  })
  const placedIds = rules.filter((rule) => rule.action !== "exclude").map((rule) => rule.product_id)
  const catalog = await listVisibleProducts(container, scope, [
    ...new Set([...candidates.map((item) => item.id), ...placedIds]),
  ])
  const visible = candidates.filter((item) => catalog.has(item.id))
  const merchandised = applyMerchandisingRules(
    refine ? await refine(visible, catalog) : visible,
    rules.filter((rule) => rule.action === "exclude" || catalog.has(rule.product_id))
  )
  const { pinned, excluded } = merchandised
  const ranked = await service.diversify(merchandised.items, {
    ...shape,
    limit: Math.max(0, shape.limit - pinned.length),
    categoryOf: categoryIn(catalog),
  })
  return { items: placePinnedItems(ranked, pinned, shape.limit), ranked, pinned, excluded, catalog }
}

/**
 * Tops a short list up with fallback products, scored under the list, still within the cap per
 * category, never one the list's rules exclude or pin, and with its pinned products back at
 * their positions. The fallback is loaded only when the list is short and fallbacks are on.
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
  const pinnedIds = new Set(list.pinned.map((pin) => pin.item.id))
  const extra = fallback.items.filter(
    (item) => !list.excluded.has(item.id) && !pinnedIds.has(item.id)
  )
  const room = Math.max(0, shape.limit - list.pinned.length)
  const combined = appendFallback(list.ranked, extra, list.ranked.length + extra.length)
  let ranked = combined.slice(0, room)
  if (maxPerCategory !== undefined) {
    const catalog = new Map(list.catalog)
    for (const item of fallback.catalog) catalog.set(item.id, item)
    ranked = capPerCategory(combined, {
      limit: room,
      categoryOf: categoryIn(catalog),
      maxPerCategory,
    })
  }
  return placePinnedItems(ranked, list.pinned, shape.limit)
}
