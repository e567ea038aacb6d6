import { z } from "@medusajs/framework/zod"
import { MERCHANDISING_ACTIONS, MERCHANDISING_SCOPES } from "../../../../engine"
import { resolveMerchandisingRule } from "../../../../modules/recommendation/merchandising-rules"
import { RECOMMENDATION_PLACEMENTS } from "../../../../modules/recommendation/models/placement"

const MERCHANDISING_MAX_POSITION = 100

/** Text stored or matched in PostgreSQL, which refuses NUL characters. */
const text = (field: string, max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes("\u0000"), `${field}: must not contain NUL characters`)

const id = (field: string) => text(field, 100).min(1)

/** A rule's fields, each optional (an update sends any of them). */
const MerchandisingRuleFields = z.object({
  action: z.enum(MERCHANDISING_ACTIONS),
  scope: z.enum(MERCHANDISING_SCOPES),
  scope_id: id("scope_id").nullish(),
  placement: z.enum(RECOMMENDATION_PLACEMENTS).nullish(),
  product_id: id("product_id"),
  position: z.number().int().min(1).max(MERCHANDISING_MAX_POSITION).nullish(),
  strength: z.number().gt(0).max(1).nullish(),
  active: z.boolean().optional(),
  note: text("note", 500).nullish(),
})

/**
 * A new rule: action, scope and product_id, plus what the action and scope need (a pin's
 * position, a boost's or bury's strength, a product or category scope's scope_id), and nothing
 * they do not use; completed with its defaults.
 */
export const AdminCreateMerchandisingRule = MerchandisingRuleFields.strict().transform(
  (body, ctx) => {
    const resolved = resolveMerchandisingRule(body)
    if ("rule" in resolved) return resolved.rule
    const { field, message } = resolved.problem
    ctx.addIssue({ code: "custom", path: [field], message: `${field}: ${message}` })
    return z.NEVER
  }
)

export type AdminCreateMerchandisingRuleType = z.infer<typeof AdminCreateMerchandisingRule>

/** Some of a rule's fields; the rule they make is checked as a whole by the update workflow. */
export const AdminUpdateMerchandisingRule = MerchandisingRuleFields.partial().strict()

export type AdminUpdateMerchandisingRuleType = z.infer<typeof AdminUpdateMerchandisingRule>

export const AdminGetMerchandisingRulesParams = z.object({
  scope: z.enum(MERCHANDISING_SCOPES).optional(),
  scope_id: id("scope_id").optional(),
  product_id: id("product_id").optional(),
  /** Rules for this placement only (rules for every placement have placement null). */
  placement: z.enum(RECOMMENDATION_PLACEMENTS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

export type AdminGetMerchandisingRulesParamsType = z.infer<typeof AdminGetMerchandisingRulesParams>
