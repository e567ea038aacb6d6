import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminMerchandisingRuleResponse,
  AdminMerchandisingRulesResponse,
} from "../../../../types/http"
import { createMerchandisingRulesWorkflow } from "../../../../workflows/create-merchandising-rules"
import { ADMIN_RULE_FIELDS, toAdminRule } from "./helpers"
import type {
  AdminCreateMerchandisingRuleType,
  AdminGetMerchandisingRulesParamsType,
} from "./validators"

/**
 * GET /admin/recommendations/rules — merchandising rules, newest first, filtered by scope,
 * scope_id, product_id and placement.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetMerchandisingRulesParamsType>,
  res: MedusaResponse<AdminMerchandisingRulesResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "merchandising_rule",
    fields: ADMIN_RULE_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({
    rules: data.map(toAdminRule),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/** POST /admin/recommendations/rules — creates a rule; store lists apply it at once. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateMerchandisingRuleType>,
  res: MedusaResponse<AdminMerchandisingRuleResponse>
) => {
  const { result } = await createMerchandisingRulesWorkflow(req.scope).run({
    input: { rules: [req.validatedBody] },
  })
  res.status(200).json({ rule: toAdminRule(result[0]) })
}
