import type { ItemId } from "../types"

export const MERCHANDISING_ACTIONS = ["pin", "boost", "bury", "exclude", "curate"] as const
export type MerchandisingAction = (typeof MERCHANDISING_ACTIONS)[number]

export const MERCHANDISING_SCOPES = ["all", "product", "category"] as const
export type MerchandisingScope = (typeof MERCHANDISING_SCOPES)[number]

/**
 * A store owner's rule on a list, as the ranking sees it: pin `product_id` at `position`
 * (1-based), boost or bury it by `strength` (0..1, added to or taken from its score), exclude
 * it, or curate it (insert it at `position`, or first). `scope` "all" applies to every list,
 * "product" to the lists of the source product `scope_id`, "category" to the lists of the
 * source products in category `scope_id`; `placement` null applies to every placement.
 */
export type MerchandisingRuleInput = {
  action: MerchandisingAction
  scope: MerchandisingScope
  scope_id: string | null
  placement: string | null
  product_id: ItemId
  position: number | null
  strength: number | null
}

/** The list being ranked: its placement and, for a product's lists, the source product. */
export type MerchandisingListContext = {
  placement: string
  source?: { id: ItemId; category_ids: readonly string[] }
}

/**
 * The rules that apply to a list, in the order given: those of its placement (or of every
 * placement) whose scope is "all", its source product, or one of its source's categories.
 * Lists without a source (personalized, search) only get "all" rules. A rule about the source
 * itself is left out: a list never shows its own source.
 */
export function selectMerchandisingRules<Rule extends MerchandisingRuleInput>(
  rules: readonly Rule[],
  list: MerchandisingListContext
): Rule[] {
  const { source } = list
  const categories = new Set(source?.category_ids ?? [])
  return rules.filter((rule) => {
    if (rule.placement !== null && rule.placement !== list.placement) return false
    if (source && rule.product_id === source.id) return false
    switch (rule.scope) {
      case "all":
        return true
      case "product":
        return !!source && rule.scope_id === source.id
      case "category":
        return rule.scope_id !== null && categories.has(rule.scope_id)
    }
  })
}

/**
 * How specific a rule is, for conflicts between rules on the same product: a source product's
 * rule beats its category's, which beats one for every list; within a scope, a rule for one
 * placement beats one for all placements.
 */
export function ruleSpecificity(rule: MerchandisingRuleInput): number {
  const scope = { all: 0, category: 2, product: 4 }[rule.scope]
  return scope + (rule.placement === null ? 0 : 1)
}
