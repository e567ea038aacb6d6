import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { CatalogItem } from "../../engine"

/**
 * The one place that decides which products a storefront may see: published, and sold in one
 * of the sales channels of the request's publishable key. Every store route filters through it.
 */
export type VisibilityScope = {
  sales_channel_ids: string[]
  /** Products this request asked to leave out (e.g. those already in the cart). */
  excluded_ids?: string[]
}

/** The scope of a store request: its publishable key's sales channels and its `exclude` ids. */
export function visibilityScopeOf(req: {
  publishable_key_context?: { sales_channel_ids: string[] }
  validatedQuery?: Record<string, unknown>
}): VisibilityScope {
  const exclude = req.validatedQuery?.exclude
  return {
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    excluded_ids: Array.isArray(exclude)
      ? exclude.filter((id): id is string => typeof id === "string")
      : [],
  }
}

type ProductWithChannels = {
  id: string
  sales_channels?: ({ id: string } | null)[] | null
}

function isVisibleIn(scope: VisibilityScope, product: ProductWithChannels): boolean {
  if (scope.excluded_ids?.includes(product.id)) return false
  const channels = new Set(scope.sales_channel_ids)
  return !!product.sales_channels?.some((channel) => channel && channels.has(channel.id))
}

/** The subset of `productIds` the scope may see. */
export async function listVisibleProductIds(
  container: MedusaContainer,
  scope: VisibilityScope,
  productIds: string[]
): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { id: productIds, status: ProductStatus.PUBLISHED },
  })
  return new Set(
    (data as ProductWithChannels[])
      .filter((product) => isVisibleIn(scope, product))
      .map((product) => product.id)
  )
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
    filters: { ...filters, status: ProductStatus.PUBLISHED },
    pagination: { take: limit, skip: 0, order: { created_at: "DESC" } },
  })
  return (data as CatalogProduct[])
    .filter((product) => isVisibleIn(scope, product))
    .map((product) => ({
      id: product.id,
      category_ids: (product.categories ?? []).flatMap((category) =>
        category ? [category.id] : []
      ),
      collection_id: product.collection_id,
      type_id: product.type_id,
      created_at: new Date(product.created_at),
    }))
}

/**
 * The source product of a "similar" or "bought together" request, or a 404. The source may be
 * among the request's exclusions (already in the cart), so they do not apply to it.
 */
export async function findVisibleSource(
  container: MedusaContainer,
  scope: VisibilityScope,
  sourceId: string
): Promise<CatalogItem> {
  const [source] = await listVisibleCatalogItems(
    container,
    { ...scope, excluded_ids: [] },
    { id: sourceId },
    1
  )
  if (!source) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${sourceId} was not found`)
  }
  return source
}
