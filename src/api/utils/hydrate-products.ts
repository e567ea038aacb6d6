import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import type { StoreRequestWithContext } from "@medusajs/medusa/api/store/types"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"
import type { ScoredItem } from "../../engine"
import type { StoreRankedProducts } from "../../types/http"

export type StoreProductRequest<Query extends Record<string, unknown>> = StoreRequestWithContext<
  unknown,
  Query
> &
  MedusaStoreRequest<unknown, Query>

/**
 * Turns ranked ids into the store response: the products with the request's `fields`, prices
 * and taxes exactly as GET /store/products returns them, in ranked order, each explained by the
 * recommendation at the same index.
 */
export async function hydrateRankedProducts<Query extends Record<string, unknown>>(
  req: StoreProductRequest<Query>,
  ranked: ScoredItem[]
): Promise<StoreRankedProducts> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, {
    relation: "variants",
  })
  const context: Record<string, unknown> = {}
  if (req.pricingContext) {
    context.variants = { calculated_price: QueryContext(req.pricingContext) }
  }
  const { data } = await query.graph({
    entity: "product",
    fields,
    filters: { id: ranked.map((item) => item.id), status: ProductStatus.PUBLISHED },
    context,
  })
  const products = data as HttpTypes.StoreProduct[]
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((product) => product.variants ?? []) as unknown as Parameters<
        typeof wrapVariantsWithInventoryQuantityForSalesChannel
      >[1]
    )
  }
  await wrapProductsWithTaxPrices(req, products)

  // Hydration returns products in database order: put them back in ranked order.
  const productById = new Map(products.map((product) => [product.id, product]))
  const kept = ranked.filter((item) => productById.has(item.id))
  return {
    products: kept.map((item) => productById.get(item.id) as HttpTypes.StoreProduct),
    recommendations: kept.map(({ id, score, reasons, components }) => ({
      product_id: id,
      score,
      reasons,
      ...(components ? { components } : {}),
    })),
    count: kept.length,
  }
}
