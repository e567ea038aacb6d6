import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  AdminMerchandisingRuleDeleteResponse,
  AdminMerchandisingRuleResponse,
} from "../../../../../types/http"
import { deleteMerchandisingRulesWorkflow } from "../../../../../workflows/delete-merchandising-rules"
import { updateMerchandisingRuleWorkflow } from "../../../../../workflows/update-merchandising-rules"
import { toAdminRule } from "../helpers"
import type { AdminUpdateMerchandisingRuleType } from "../validators"

/** The rule id of the path; one PostgreSQL could not even look up (a NUL in it) is not found. */
function ruleIdOf(req: AuthenticatedMedusaRequest): string {
  const { id } = req.params
  if (id.includes("\u0000")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "MerchandisingRule was not found")
  }
  return id
}

/** POST /admin/recommendations/rules/:id — changes some of a rule's fields. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateMerchandisingRuleType>,
  res: MedusaResponse<AdminMerchandisingRuleResponse>
) => {
  const { result } = await updateMerchandisingRuleWorkflow(req.scope).run({
    input: { id: ruleIdOf(req), update: req.validatedBody },
  })
  res.json({ rule: toAdminRule(result) })
}

/** DELETE /admin/recommendations/rules/:id — deletes a rule (deleting it twice is fine). */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminMerchandisingRuleDeleteResponse>
) => {
  const id = ruleIdOf(req)
  await deleteMerchandisingRulesWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "recommendation_rule", deleted: true })
}
