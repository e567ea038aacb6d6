import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildProductText, hashText, type ProductTextSource } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type BuildProductTextsStepInput = { product_ids: string[] }

export type ProductText = { product_id: string; text: string; text_hash: string }

export type BuildProductTextsStepOutput = {
  texts: ProductText[]
  /** Claimed products that no longer exist. */
  missing_product_ids: string[]
}

export const buildProductTextsStepId = "build-product-texts"

/** Fields the text builder may use, as a `query.graph` selection. */
export const PRODUCT_TEXT_GRAPH_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "material",
  "type.value",
  "collection.title",
  "categories.name",
  "tags.value",
  "options.title",
  "options.values.value",
]

/** This step builds the text to embed for each product, with its hash. */
export const buildProductTextsStep = createStep(
  buildProductTextsStepId,
  async (input: BuildProductTextsStepInput, { container }) => {
    if (!input.product_ids.length) {
      return new StepResponse<BuildProductTextsStepOutput>({ texts: [], missing_product_ids: [] })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const textOptions = service.getProductTextOptions()
    const { data: products } = await query.graph({
      entity: "product",
      fields: PRODUCT_TEXT_GRAPH_FIELDS,
      filters: { id: input.product_ids },
    })
    const texts = products.map((product) => {
      const text = buildProductText(product as ProductTextSource, textOptions)
      return { product_id: product.id, text, text_hash: hashText(text) }
    })
    const found = new Set(texts.map((t) => t.product_id))
    return new StepResponse<BuildProductTextsStepOutput>({
      texts,
      missing_product_ids: input.product_ids.filter((id) => !found.has(id)),
    })
  }
)
