import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MerchandisingRuleFields } from "../../modules/recommendation/merchandising-rules"

export type ValidateMerchandisingRulesStepInput = { rules: MerchandisingRuleFields[] }

export const validateMerchandisingRulesStepId = "validate-merchandising-rules"

/**
 * This step checks that what rules name exists: the product they place (whatever its status:
 * a rule may wait for a product to be published), and the source product or category of their
 * scope. An unknown id is a 400 naming the field.
 */
export const validateMerchandisingRulesStep = createStep(
  validateMerchandisingRulesStepId,
  async (input: ValidateMerchandisingRulesStepInput, { container }) => {
    const productIds = input.rules.flatMap((rule) => [
      rule.product_id,
      ...(rule.scope === "product" && rule.scope_id ? [rule.scope_id] : []),
    ])
    const categoryIds = input.rules.flatMap((rule) =>
      rule.scope === "category" && rule.scope_id ? [rule.scope_id] : []
    )
    const [products, categories] = await Promise.all([
      listExistingIds(container, "product", productIds),
      listExistingIds(container, "product_category", categoryIds),
    ])
    for (const rule of input.rules) {
      if (!products.has(rule.product_id)) {
        throw invalid(`product_id: no product with id ${rule.product_id}`)
      }
      if (rule.scope === "product" && rule.scope_id && !products.has(rule.scope_id)) {
        throw invalid(`scope_id: no product with id ${rule.scope_id}`)
      }
      if (rule.scope === "category" && rule.scope_id && !categories.has(rule.scope_id)) {
        throw invalid(`scope_id: no product category with id ${rule.scope_id}`)
      }
    }
    return new StepResponse(undefined)
  }
)

async function listExistingIds(
  container: MedusaContainer,
  entity: "product" | "product_category",
  ids: string[]
): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id: [...new Set(ids)] } })
  return new Set((data as { id: string }[]).map((row) => row.id))
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
