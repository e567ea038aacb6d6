import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  ProductStatus,
  QueryContext,
} from "@medusajs/framework/utils"
import type { CatalogItem, PriceLimits } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

/**
 * The one place that decides which products a storefront may see: published, sold in one of
 * the sales channels of the request's publishable key, not excluded by the request, and, when
 * asked, in stock and within a price range. Every store route filters through it.
 */
export type VisibilityScope = {
  sales_channel_ids: string[]
  /**
   * Every product, whatever its status and sales channels (admin previews of the store lists);
   * the other filters still apply.
   */
  all_products?: boolean
  /** Products this request asked to leave out (e.g. those already in the cart). */
  excluded_ids?: string[]
  /** Only products with a variant that can be bought now in one of the sales channels. */
  in_stock_only?: boolean
  /** Only products with a variant priced within this range, in the request's currency. */
  price_range?: PriceRange
}

export type PriceRange = PriceLimits & {
  /** Core's pricing context of the request (region, currency, customer groups). */
  pricing_context: Record<string, unknown> & { currency_code: string }
}

/** The business-filter parameters every store ranking route accepts (see the validators). */
type BusinessFilterQuery = {
  exclude?: string[]
  in_stock?: boolean
  min_price?: number
  max_price?: number
}

type StoreRankingRequest = {
  scope: MedusaContainer
  publishable_key_context?: { sales_channel_ids: string[] }
  validatedQuery?: BusinessFilterQuery
  pricingContext?: Record<string, unknown>
}

/** The scope of a store request that only needs what the shopper may see (e.g. events). */
export function salesChannelScopeOf(req: {
  publishable_key_context?: { sales_channel_ids: string[] }
}): VisibilityScope {
  return { sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] }
}

/**
 * The scope of a store ranking request: its publishable key's sales channels, its `exclude` ids, and
 * the stock and price filters (from the query, or the plugin's defaults). `statedLimits` are
 * price bounds the shopper wrote in words (e.g. "under 30" in a search); explicit `min_price` /
 * `max_price` take precedence over them.
 */
export function visibilityScopeOf(
  req: StoreRankingRequest,
  statedLimits: PriceLimits = {}
): VisibilityScope {
  const query = req.validatedQuery ?? {}
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  return {
    ...salesChannelScopeOf(req),
    excluded_ids: query.exclude ?? [],
    in_stock_only: query.in_stock ?? service.getOptions().filters.inStockOnly,
    price_range: priceRangeOf(req, statedLimits),
  }
}

function priceRangeOf(req: StoreRankingRequest, statedLimits: PriceLimits): PriceRange | undefined {
  const { min_price: min, max_price: max } = req.validatedQuery ?? {}
  const explicit = min !== undefined || max !== undefined
  const limits = explicit ? { min, max } : statedLimits
  if (limits.min === undefined && limits.max === undefined) return undefined
  const currency = req.pricingContext?.currency_code
  if (typeof currency === "string") {
    return { ...limits, pricing_context: { ...req.pricingContext, currency_code: currency } }
  }
  // Core sets the pricing context only when prices are among the requested fields. Words in a
  // search are a hint, so without prices they are ignored; parameters are a contract: 400.
  if (!explicit) return undefined
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "min_price and max_price need prices: keep variants.calculated_price in 'fields' (prices are in the currency of region_id, country_code or cart_id, else the store's default region)"
  )
}

type ProductWithChannels = {
  id: string
  sales_channels?: ({ id: string } | null)[] | null
}

/** Not excluded, and in one of the scope's channels unless the scope is every product. */
function isInScope(scope: VisibilityScope, productId: string, salesChannelIds: string[]): boolean {
  if (scope.excluded_ids?.includes(productId)) return false
  return !!scope.all_products || salesChannelIds.some((id) => scope.sales_channel_ids.includes(id))
}

type VariantForFilters = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  calculated_price?: { calculated_amount?: number | null } | null
}

/**
 * The products among `productIds` that pass the scope's stock and price filters: at least one
 * variant that can be bought now (inventory not managed, backorders allowed, or stock in one
 * of the scope's channels) and, with a range, whose price in the request's currency is inside
 * it. Variants without a price in that currency never match a range.
 */
async function filterByStockAndPrice(
  container: MedusaContainer,
  scope: VisibilityScope,
  productIds: string[]
): Promise<Set<string>> {
  const { in_stock_only: inStockOnly, price_range: range } = scope
  if ((!inStockOnly && !range) || !productIds.length) return new Set(productIds)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "variants.id", "variants.manage_inventory", "variants.allow_backorder"]
  if (range) fields.push("variants.calculated_price.calculated_amount")
  const { data } = await query.graph({
    entity: "product",
    fields,
    filters: { id: productIds },
    context: range
      ? { variants: { calculated_price: QueryContext(range.pricing_context) } }
      : undefined,
  })
  const products = data as { id: string; variants?: (VariantForFilters | null)[] | null }[]
  const variants = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  )

  const inRange = (variant: VariantForFilters) => {
    const amount = variant.calculated_price?.calculated_amount
    if (!range) return true
    if (amount === null || amount === undefined) return false
    return (range.min ?? -Infinity) <= amount && amount <= (range.max ?? Infinity)
  }
  const stocked = inStockOnly
    ? await listStockedVariantIds(container, scope.sales_channel_ids, variants.filter(inRange))
    : undefined
  const passes = (variant: VariantForFilters) =>
    inRange(variant) && (!stocked || stocked.has(variant.id))
  return new Set(
    products
      .filter((product) => (product.variants ?? []).some((variant) => variant && passes(variant)))
      .map((product) => product.id)
  )
}

/** Variants a shopper can buy now in one of the channels, by core's availability rules. */
async function listStockedVariantIds(
  container: MedusaContainer,
  salesChannelIds: string[],
  variants: VariantForFilters[]
): Promise<Set<string>> {
  const stocked = new Set(
    variants
      .filter((variant) => variant.manage_inventory === false || variant.allow_backorder)
      .map((variant) => variant.id)
  )
  const managed = variants.filter((variant) => !stocked.has(variant.id)).map(({ id }) => id)
  if (!managed.length) return stocked
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const salesChannelId of salesChannelIds) {
    const availability = await getVariantAvailability(query, {
      variant_ids: managed,
      sales_channel_id: salesChannelId,
    })
    for (const [variantId, { availability: quantity }] of Object.entries(availability)) {
      if ((quantity ?? 0) > 0) stocked.add(variantId)
    }
  }
  return stocked
}

const CATALOG_ITEM_FIELDS = [
  "id",
  "collection_id",
  "type_id",
  "created_at",
  "categories.id",
  "sales_channels.id",
]

type CatalogProduct = ProductWithChannels & {
  collection_id: string | null
  type_id: string | null
  created_at: string | Date
  categories?: ({ id: string } | null)[] | null
}

/** A product as the visibility rules and the ranking need it, whatever its status. */
type CatalogFacts = CatalogItem & { status: string; sales_channel_ids: string[] }

/** Visible products (published unless `all_products`, in the scope's channels, not excluded). */
function isVisibleIn(scope: VisibilityScope, product: CatalogFacts): boolean {
  if (!scope.all_products && product.status !== ProductStatus.PUBLISHED) return false
  return isInScope(scope, product.id, product.sales_channel_ids)
}

/** The catalog item of a product read through Query; categories in id order, as the SQL reads them. */
function catalogItemOf(product: CatalogProduct): CatalogItem {
  return {
    id: product.id,
    category_ids: (product.categories ?? [])
      .flatMap((category) => (category ? [category.id] : []))
      .sort(),
    collection_id: product.collection_id,
    type_id: product.type_id,
    created_at: new Date(product.created_at),
  }
}

// Every store list checks its source and candidates by id, tens of ids per request. Query
// spends about 10 ms of CPU on any product read (one id or fifty), as much as a whole
// recommendation costs otherwise; one SQL statement on the product module's tables and the
// product-sales channel link table answers the same in well under a millisecond.
const CATALOG_FACTS_SQL = `
  SELECT p.id, p.status, p.collection_id, p.type_id, p.created_at,
    ARRAY(SELECT psc.sales_channel_id FROM product_sales_channel psc
          WHERE psc.product_id = p.id AND psc.deleted_at IS NULL) AS sales_channel_ids,
    ARRAY(SELECT pcp.product_category_id FROM product_category_product pcp
          JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL
          WHERE pcp.product_id = p.id ORDER BY pcp.product_category_id) AS category_ids
  FROM product p
  WHERE p.id = ANY(?) AND p.deleted_at IS NULL`

/** The products among `productIds` that exist (not deleted), with what visibility needs. */
async function readCatalogFacts(
  container: MedusaContainer,
  productIds: string[]
): Promise<CatalogFacts[]> {
  if (!productIds.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw<{ rows: CatalogFacts[] }>(CATALOG_FACTS_SQL, [
    [...new Set(productIds)],
  ])
  return rows
}

/**
 * Visible products as catalog items (categories, collection, type, age), newest first.
 * `filters` narrows them further with any `query.graph` product filter.
 */
export async function listVisibleCatalogItems(
  container: MedusaContainer,
  scope: VisibilityScope,
  filters: Record<string, unknown>,
  limit: number
): Promise<CatalogItem[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: CATALOG_ITEM_FIELDS,
    filters: scope.all_products ? filters : { ...filters, status: ProductStatus.PUBLISHED },
    pagination: { take: limit, skip: 0, order: { created_at: "DESC" } },
  })
  const inChannels = (data as CatalogProduct[]).filter((product) =>
    isInScope(
      scope,
      product.id,
      (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : []))
    )
  )
  const passing = await filterByStockAndPrice(
    container,
    scope,
    inChannels.map((product) => product.id)
  )
  return inChannels.filter((product) => passing.has(product.id)).map(catalogItemOf)
}

/** The visible ones among `productIds`, as catalog items by id. */
export async function listVisibleProducts(
  container: MedusaContainer,
  scope: VisibilityScope,
  productIds: string[]
): Promise<Map<string, CatalogItem>> {
  const visible = (await readCatalogFacts(container, productIds)).filter((product) =>
    isVisibleIn(scope, product)
  )
  const passing = await filterByStockAndPrice(
    container,
    scope,
    visible.map((product) => product.id)
  )
  return new Map(
    visible
      .filter((product) => passing.has(product.id))
      .map(({ id, category_ids, collection_id, type_id, created_at }) => [
        id,
        { id, category_ids, collection_id, type_id, created_at },
      ])
  )
}

/**
 * The ids among `productIds` that a storefront of this scope may report events for: published
 * products in one of its sales channels (as `listVisibleProducts`, without the stock, price and
 * exclusion filters, which concern what is shown, not what was seen).
 */
export async function listRecordableProductIds(
  container: MedusaContainer,
  scope: VisibilityScope,
  productIds: string[]
): Promise<Set<string>> {
  const channelsOnly = { sales_channel_ids: scope.sales_channel_ids }
  return new Set(
    (await readCatalogFacts(container, productIds))
      .filter((product) => isVisibleIn(channelsOnly, product))
      .map((product) => product.id)
  )
}

/**
 * The source product of a "similar" or "bought together" request, or a 404. Only visibility
 * applies to it: it may be in the cart (excluded), out of stock or outside the price range.
 */
export async function findVisibleSource(
  container: MedusaContainer,
  scope: VisibilityScope,
  sourceId: string
): Promise<CatalogItem> {
  const source = (
    await listVisibleProducts(
      container,
      { sales_channel_ids: scope.sales_channel_ids, all_products: scope.all_products },
      [sourceId]
    )
  ).get(sourceId)
  if (!source) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${sourceId} was not found`)
  }
  return source
}
