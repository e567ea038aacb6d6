import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ScoredItem } from "../../engine"
import type { RankingSettings } from "../../modules/recommendation/ranking-settings"
import type { AdminPreviewItem, AdminPreviewPlacements } from "../../types/http"
import { recommendBoughtTogether } from "./bought-together"
import { recommendForShopper } from "./personalized-products"
import type { VisibilityScope } from "./product-visibility"
import { recommendSimilarProducts } from "./similar-products"

/**
 * What admin previews rank over: every product, whatever its status or sales channels, so the
 * store owner sees a list before publishing. The ranking is the store's own.
 */
export const ADMIN_PREVIEW_SCOPE: VisibilityScope = { sales_channel_ids: [], all_products: true }

/** How a preview is ranked: its length, and the settings (the live ones when absent). */
export type PreviewShape = { limit: number; settings?: RankingSettings }

type ProductSummary = { id: string; title: string; thumbnail: string | null; status: string }

/** Ranked items with the title, thumbnail and status of their products, in ranked order. */
export async function toAdminPreviewItems(
  container: MedusaContainer,
  ranked: ScoredItem[]
): Promise<AdminPreviewItem[]> {
  if (!ranked.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "thumbnail", "status"],
    filters: { id: ranked.map((item) => item.id) },
  })
  const byId = new Map((data as ProductSummary[]).map((product) => [product.id, product]))
  return ranked.flatMap(({ id, score, reasons, components }) => {
    const product = byId.get(id)
    if (!product) return []
    const { title, thumbnail, status } = product
    return [
      {
        product_id: id,
        title,
        thumbnail,
        status,
        score,
        reasons,
        ...(components && { components }),
      },
    ]
  })
}

/** A product's "similar" and "frequently bought together" lists as the store ranks them. */
export async function previewProductPlacements(
  container: MedusaContainer,
  productId: string,
  shape: PreviewShape
): Promise<Required<Pick<AdminPreviewPlacements, "similar" | "bought_together">>> {
  const [similar, boughtTogether] = await Promise.all([
    recommendSimilarProducts(container, ADMIN_PREVIEW_SCOPE, productId, shape),
    recommendBoughtTogether(container, ADMIN_PREVIEW_SCOPE, productId, shape),
  ])
  return {
    similar: await toAdminPreviewItems(container, similar),
    bought_together: await toAdminPreviewItems(container, boughtTogether),
  }
}

/** A customer's personalized list as the store ranks it (from the customer's own events). */
export async function previewCustomerPlacements(
  container: MedusaContainer,
  customerId: string,
  shape: PreviewShape
): Promise<{ personalized: AdminPreviewItem[]; fallback: boolean }> {
  const { items, fallback } = await recommendForShopper(
    container,
    ADMIN_PREVIEW_SCOPE,
    { customer_id: customerId },
    shape
  )
  return { personalized: await toAdminPreviewItems(container, items), fallback }
}

/** The customer, or a 404. */
export async function assertCustomerExists(
  container: MedusaContainer,
  customerId: string
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
}
