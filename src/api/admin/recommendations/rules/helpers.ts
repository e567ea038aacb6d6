import type { AdminMerchandisingRule } from "../../../../types/http"

/** The fields of a rule the admin routes answer with. */
export const ADMIN_RULE_FIELDS = [
  "id",
  "action",
  "scope",
  "scope_id",
  "placement",
  "product_id",
  "position",
  "strength",
  "active",
  "note",
  "created_at",
  "updated_at",
]

type StoredRule = Omit<AdminMerchandisingRule, "created_at" | "updated_at"> & {
  created_at: Date | string
  updated_at: Date | string
}

export function toAdminRule(rule: StoredRule): AdminMerchandisingRule {
  return {
    id: rule.id,
    action: rule.action,
    scope: rule.scope,
    scope_id: rule.scope_id,
    placement: rule.placement,
    product_id: rule.product_id,
    position: rule.position,
    strength: rule.strength,
    active: rule.active,
    note: rule.note,
    created_at: new Date(rule.created_at).toISOString(),
    updated_at: new Date(rule.updated_at).toISOString(),
  }
}
