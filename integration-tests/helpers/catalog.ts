import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { RECOMMENDATION_MODULE } from "../../src/modules/recommendation"
import type RecommendationModuleService from "../../src/modules/recommendation/service"
import type { Headers } from "./admin"

export type TestProductInput = {
  title: string
  description: string
  category_id?: string
  sales_channel_id: string
  status?: "published" | "draft"
  type_id?: string
  /** In EUR; 25 when absent. */
  price?: number
  /** Track stock (none until `stockVariant`); untracked products are always in stock. */
  manage_inventory?: boolean
}

export async function createSalesChannel(api: AxiosInstance, admin: Headers, name: string) {
  const { data } = await api.post("/admin/sales-channels", { name }, admin)
  return data.sales_channel as { id: string }
}

/** A publishable key linked to the given channels, as headers for store requests. */
export async function createStoreHeaders(
  api: AxiosInstance,
  admin: Headers,
  salesChannelIds: string[]
): Promise<Headers> {
  const { data } = await api.post(
    "/admin/api-keys",
    { title: `store ${salesChannelIds.join(",")}`, type: "publishable" },
    admin
  )
  await api.post(
    `/admin/api-keys/${data.api_key.id}/sales-channels`,
    { add: salesChannelIds },
    admin
  )
  return { headers: { "x-publishable-api-key": data.api_key.token } }
}

export async function createCategory(api: AxiosInstance, admin: Headers, name: string) {
  const { data } = await api.post(
    "/admin/product-categories",
    { name, is_active: true, is_internal: false },
    admin
  )
  return data.product_category as { id: string }
}

export async function createProductType(api: AxiosInstance, admin: Headers, value: string) {
  const { data } = await api.post("/admin/product-types", { value }, admin)
  return data.product_type as { id: string }
}

export async function createRegion(api: AxiosInstance, admin: Headers) {
  const { data } = await api.post(
    "/admin/regions",
    {
      name: "Europe",
      currency_code: "eur",
      countries: ["de", "fr"],
      payment_providers: ["pp_system_default"],
    },
    admin
  )
  return data.region as { id: string }
}

export async function createProduct(
  api: AxiosInstance,
  admin: Headers,
  input: TestProductInput
): Promise<{ id: string; title: string; variants: { id: string }[] }> {
  const { data } = await api.post(
    "/admin/products",
    {
      title: input.title,
      description: input.description,
      status: input.status ?? "published",
      ...(input.type_id ? { type_id: input.type_id } : {}),
      categories: input.category_id ? [{ id: input.category_id }] : [],
      sales_channels: [{ id: input.sales_channel_id }],
      options: [{ title: "Size", values: ["One size"] }],
      variants: [
        {
          title: "One size",
          options: { Size: "One size" },
          manage_inventory: input.manage_inventory ?? false,
          prices: [{ currency_code: "eur", amount: input.price ?? 25 }],
        },
      ],
    },
    admin
  )
  return data.product
}

/** A stock location that ships the given sales channels' orders. */
export async function createStockLocation(
  api: AxiosInstance,
  admin: Headers,
  name: string,
  salesChannelIds: string[]
) {
  const { data } = await api.post("/admin/stock-locations", { name }, admin)
  await api.post(
    `/admin/stock-locations/${data.stock_location.id}/sales-channels`,
    { add: salesChannelIds },
    admin
  )
  return data.stock_location as { id: string }
}

/** Puts `quantity` of a product's (managed) first variant in stock at a location. */
export async function stockVariant(
  api: AxiosInstance,
  admin: Headers,
  productId: string,
  locationId: string,
  quantity: number
) {
  const { data } = await api.get(
    `/admin/products/${productId}?fields=variants.inventory_items.inventory_item_id`,
    admin
  )
  const inventoryItemId: string = data.product.variants[0].inventory_items[0].inventory_item_id
  await api.post(
    `/admin/inventory-items/${inventoryItemId}/location-levels`,
    { location_id: locationId, stocked_quantity: quantity },
    admin
  )
}

/** Waits until the subscribers and the embedding queue have embedded every given product. */
export async function waitForEmbeddings(
  container: MedusaContainer,
  productIds: string[],
  timeoutMs = 120_000
): Promise<void> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const counts = await service.countEmbeddingsByStatus(productIds)
    if (counts.ready === productIds.length) return
    if (counts.failed > 0) throw new Error(`Embedding failed: ${JSON.stringify(counts)}`)
    if (Date.now() > deadline) {
      throw new Error(`Embeddings not ready after ${timeoutMs} ms: ${JSON.stringify(counts)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * The scheduled jobs' work before a suite snapshots its database: every product embedded, and
 * the behaviour model (semantic neighbours included) learnt and loaded.
 */
export async function prepareRecommendations(
  api: AxiosInstance,
  admin: Headers,
  container: MedusaContainer,
  productIds: string[]
): Promise<void> {
  await waitForEmbeddings(container, productIds)
  await api.post("/admin/recommendations/rebuild", {}, admin)
  await container
    .resolve<RecommendationModuleService>(RECOMMENDATION_MODULE)
    .refreshBehaviourModel()
}
