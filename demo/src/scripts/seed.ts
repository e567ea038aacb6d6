// Seeds the demo store: sales channel, currencies, region, publishable API key, the catalog's
// categories, collections, types and tags, then every demo product. Safe to run again: what
// already exists (matched by name, handle or value) is reused, and when every demo product is
// already there nothing is created. Writes what the demo runner prints to demo.json (demo-info.ts).
//
//   npx medusa exec ./src/scripts/seed.ts
import type { CreateProductWorkflowInputDTO, ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductTypesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { demoCategories, demoCollections, demoProducts, type DemoProduct } from "./demo-catalog"
import { writeDemoInfo, type DemoInfo } from "./demo-info"

const STORE_NAME = "Medusa Recommendations Demo"
const SALES_CHANNEL_NAME = "Demo Web Shop"
const API_KEY_TITLE = "Demo Web Shop"
const REGION_NAME = "Europe"
const REGION_COUNTRIES = ["de", "fr", "nl", "be", "at", "es", "it", "pt", "ie", "fi"]
/** The product the demo runner shows recommendations for. */
const SHOWCASE_HANDLE = "conical-burr-hand-grinder"
const PRODUCT_BATCH_SIZE = 25

export default async function seedDemoStore({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const storeModule = container.resolve(Modules.STORE)
  const regionModule = container.resolve(Modules.REGION)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const log = (message: string) => logger.info(`[demo seed] ${message}`)

  const existing = await productModule.listProducts(
    { handle: demoProducts.map((product) => product.handle) },
    { select: ["id", "handle"], take: null }
  )
  const existingHandles = new Set(existing.map((product) => product.handle))
  const complete = demoProducts.every((product) => existingHandles.has(product.handle))
  if (complete) log(`all ${demoProducts.length} demo products already exist: nothing to create`)

  // Sales channel, made the store's default.
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "The demo store" }] },
    })
    salesChannel = result[0]
    log(`created sales channel "${SALES_CHANNEL_NAME}"`)
  }

  // Region.
  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "eur",
            countries: REGION_COUNTRIES,
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    })
    region = result[0]
    log(`created region "${REGION_NAME}" (EUR, ${REGION_COUNTRIES.join(", ")})`)
  }

  // Store: EUR by default, the demo channel and region as defaults.
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  const storeReady =
    store.name === STORE_NAME &&
    store.default_sales_channel_id === salesChannel.id &&
    store.default_region_id === region.id &&
    (store.supported_currencies ?? []).some(
      (currency) => currency.currency_code === "eur" && currency.is_default
    )
  if (!storeReady) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: STORE_NAME,
          supported_currencies: [
            { currency_code: "eur", is_default: true },
            { currency_code: "usd" },
          ],
          default_sales_channel_id: salesChannel.id,
          default_region_id: region.id,
        },
      },
    })
    log(`store "${STORE_NAME}": EUR (default) and USD, demo sales channel and region as defaults`)
  }

  // Publishable API key, linked to the demo channel.
  let [apiKey] = await apiKeyModule.listApiKeys({ title: API_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    log(`created publishable API key "${API_KEY_TITLE}"`)
  }
  const { data: keyLinks } = await query.graph({
    entity: "publishable_api_key_sales_channel",
    fields: ["sales_channel_id"],
    filters: { publishable_key_id: apiKey.id },
  })
  const linkedChannelIds = keyLinks.map(
    (link: { sales_channel_id: string }) => link.sales_channel_id
  )
  if (!linkedChannelIds.includes(salesChannel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
    log("linked the publishable API key to the demo sales channel")
  }

  if (!complete) {
    const categoryIds = await ensureCategories(container, log)
    const collectionIds = await ensureCollections(container, log)
    const typeIds = await ensureTypes(container, log)
    const tagIds = await ensureTags(container, log)

    const missing = demoProducts.filter((product) => !existingHandles.has(product.handle))
    log(`creating ${missing.length} products in batches of ${PRODUCT_BATCH_SIZE}`)
    const startedAt = Date.now()
    for (let start = 0; start < missing.length; start += PRODUCT_BATCH_SIZE) {
      const batch = missing.slice(start, start + PRODUCT_BATCH_SIZE)
      await createProductsWorkflow(container).run({
        input: {
          products: batch.map((product) =>
            toProductInput(product, {
              salesChannelId: salesChannel.id,
              categoryId: lookup(categoryIds, product.category, "category"),
              collectionId: product.collection
                ? lookup(collectionIds, product.collection, "collection")
                : undefined,
              typeId: lookup(typeIds, product.type, "product type"),
              tagIds: product.tags.map((tag) => lookup(tagIds, tag, "tag")),
            })
          ),
        },
      })
      log(`products ${start + batch.length}/${missing.length}`)
    }
    log(`created ${missing.length} products in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  }

  const [showcase] = await productModule.listProducts(
    { handle: SHOWCASE_HANDLE },
    { select: ["id", "handle", "title"] }
  )
  if (!showcase) throw new Error(`showcase product "${SHOWCASE_HANDLE}" is missing`)

  const info: DemoInfo = {
    publishableKey: apiKey.token,
    salesChannelId: salesChannel.id,
    regionId: region.id,
    showcaseProductId: showcase.id,
    showcaseProductHandle: SHOWCASE_HANDLE,
    showcaseProductTitle: showcase.title,
    productCount: demoProducts.length,
  }
  log(`wrote ${writeDemoInfo(info)}`)
}

type Container = ExecArgs["container"]
type Log = (message: string) => void

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`demo catalog: unknown ${what} "${key}"`)
  return id
}

/** The catalog's categories by handle, created when missing. */
async function ensureCategories(container: Container, log: Log): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = demoCategories.map((category) => category.handle)
  const found = await productModule.listProductCategories({ handle: handles }, { take: null })
  const ids = new Map(found.map((category) => [category.handle, category.id]))
  const missing = demoCategories.filter((category) => !ids.has(category.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((category) => ({
          name: category.name,
          handle: category.handle,
          description: category.description,
          is_active: true,
        })),
      },
    })
    for (const category of result) ids.set(category.handle, category.id)
    log(`created ${missing.length} categories`)
  }
  return ids
}

/** The catalog's collections by handle, created when missing. */
async function ensureCollections(container: Container, log: Log): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = demoCollections.map((collection) => collection.handle)
  const found = await productModule.listProductCollections({ handle: handles }, { take: null })
  const ids = new Map(found.map((collection) => [collection.handle, collection.id]))
  const missing = demoCollections.filter((collection) => !ids.has(collection.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missing.map(({ handle, title }) => ({ handle, title })) },
    })
    for (const collection of result) ids.set(collection.handle, collection.id)
    log(`created ${missing.length} collections`)
  }
  return ids
}

/** The catalog's product types by value, created when missing. */
async function ensureTypes(container: Container, log: Log): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const values = unique(demoProducts.map((product) => product.type))
  // The type filter takes a single value: list them all (a store has few types).
  const found = await productModule.listProductTypes({}, { take: null })
  const ids = new Map(found.map((type) => [type.value, type.id]))
  const missing = values.filter((value) => !ids.has(value))
  if (missing.length) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: missing.map((value) => ({ value })) },
    })
    for (const type of result) ids.set(type.value, type.id)
    log(`created ${missing.length} product types`)
  }
  return ids
}

/** The catalog's product tags by value, created when missing. */
async function ensureTags(container: Container, log: Log): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const values = unique(demoProducts.flatMap((product) => product.tags))
  const found = await productModule.listProductTags({ value: values }, { take: null })
  const ids = new Map(found.map((tag) => [tag.value, tag.id]))
  const missing = values.filter((value) => !ids.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const tag of result) ids.set(tag.value, tag.id)
    log(`created ${missing.length} product tags`)
  }
  return ids
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** One demo product as workflow input: published, one option, one variant per option value. */
function toProductInput(
  product: DemoProduct,
  refs: {
    salesChannelId: string
    categoryId: string
    collectionId?: string
    typeId: string
    tagIds: string[]
  }
): CreateProductWorkflowInputDTO {
  return {
    title: product.title,
    subtitle: product.subtitle,
    handle: product.handle,
    description: product.description,
    material: product.material,
    status: ProductStatus.PUBLISHED,
    category_ids: [refs.categoryId],
    collection_id: refs.collectionId,
    type_id: refs.typeId,
    tag_ids: refs.tagIds,
    sales_channels: [{ id: refs.salesChannelId }],
    options: [{ title: product.option.title, values: product.option.values }],
    variants: product.option.values.map((value) => ({
      title: value,
      sku: `${product.handle}-${slug(value)}`.toUpperCase(),
      manage_inventory: false,
      options: { [product.option.title]: value },
      prices: [{ amount: product.price, currency_code: "eur" }],
    })),
  }
}
