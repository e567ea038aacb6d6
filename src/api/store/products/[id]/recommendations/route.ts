import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import type { StoreProductRecommendationsResponse } from "../../../../../types/http"
import { recommendSimilarProducts } from "../../../../utils/similar-products"
import { visibilityScopeOf } from "../../../../utils/product-visibility"
import type { StoreGetProductRecommendationsParamsType } from "./validators"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import type { StoreRequestWithContext } from "@medusajs/medusa/api/store/types"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"

type Request = StoreRequestWithContext<unknown, StoreGetProductRecommendationsParamsType> &
  MedusaStoreRequest<unknown, StoreGetProductRecommendationsParamsType>

/**
 * GET /store/products/:id/recommendations — products similar to this one ("you may also like"),
 * best first, each with its score and reasons.
 */
export const GET = async (
  req: Request,
  res: MedusaResponse<StoreProductRecommendationsResponse>
) => {
  const ranked = await recommendSimilarProducts(
    req.scope,
    visibilityScopeOf(req),
    req.params.id,
    req.validatedQuery.limit
  )

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
  res.json({
    products: kept.map((item) => productById.get(item.id) as HttpTypes.StoreProduct),
    recommendations: kept.map(({ id, score, reasons }) => ({ product_id: id, score, reasons })),
    count: kept.length,
  })
}
