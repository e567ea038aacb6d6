import type { MerchandisingAction, MerchandisingRuleInput } from "../../engine"
import type { RecommendationPlacement } from "./models/placement"

/**
 * How long a process serves the active rules it read before reading them again. Writes made
 * through this process invalidate at once; this bounds how long another process (a second
 * server, the worker) may show a list with a rule that was just changed.
 */
export const MERCHANDISING_RULES_TTL_MS = 5_000

/**
 * The active merchandising rules, read from the database at most once per TTL: every store
 * list asks for them, and they change rarely. Concurrent requests share one read.
 */
export class MerchandisingRuleCache {
  private rules_?: Promise<MerchandisingRuleInput[]>
  private readAt_ = 0

  constructor(
    private readonly read_: () => Promise<MerchandisingRuleInput[]>,
    private readonly ttlMs_ = MERCHANDISING_RULES_TTL_MS,
    private readonly now_: () => number = Date.now
  ) {}

  /** The active rules, oldest first (later rules win conflicts of equal specificity). */
  async list(): Promise<MerchandisingRuleInput[]> {
    if (!this.rules_ || this.now_() - this.readAt_ >= this.ttlMs_) {
      this.readAt_ = this.now_()
      const reading = this.read_()
      this.rules_ = reading
      // A failed read is not cached: the next list asks the database again.
      reading.catch(() => {
        if (this.rules_ === reading) this.rules_ = undefined
      })
    }
    return this.rules_
  }

  /** After a write: the next list reads the rules again. */
  invalidate(): void {
    this.rules_ = undefined
  }
}

/** A rule's stored fields, as the admin routes write them. */
export type MerchandisingRuleFields = MerchandisingRuleInput & {
  placement: RecommendationPlacement | null
  active: boolean
  note: string | null
}

/** What a create (every required field) or an update (any of them) sends. */
export type MerchandisingRulePatch = Partial<MerchandisingRuleFields>

export type MerchandisingRuleProblem = { field: keyof MerchandisingRuleFields; message: string }

const POSITIONED: readonly MerchandisingAction[] = ["pin", "curate"]
const SHIFTING: readonly MerchandisingAction[] = ["boost", "bury"]

/**
 * The rule that `patch` makes, on its own (a create) or over `existing` (an update), or the
 * first problem with it: pin needs a position, boost and bury a strength, a product or category
 * scope its `scope_id`; a field the action or scope does not use is refused when sent, and
 * cleared when inherited from the rule's previous action or scope (switching a pin to a boost
 * drops its position, another scope drops the scope_id). Curate takes a position optionally
 * (none = first).
 */
export function resolveMerchandisingRule(
  patch: MerchandisingRulePatch,
  existing?: MerchandisingRuleFields
): { rule: MerchandisingRuleFields } | { problem: MerchandisingRuleProblem } {
  const action = patch.action ?? existing?.action
  const scope = patch.scope ?? existing?.scope
  const productId = patch.product_id ?? existing?.product_id
  if (!action) return { problem: { field: "action", message: "is required" } }
  if (!scope) return { problem: { field: "scope", message: "is required" } }
  if (!productId) return { problem: { field: "product_id", message: "is required" } }

  const positioned = POSITIONED.includes(action)
  const shifting = SHIFTING.includes(action)
  const scoped = scope !== "all"
  const kept = <Field extends "position" | "strength" | "scope_id">(field: Field, used: boolean) =>
    patch[field] !== undefined ? patch[field] : used ? (existing?.[field] ?? null) : null

  if (!positioned && patch.position != null) {
    return { problem: { field: "position", message: `a ${action} rule takes no position` } }
  }
  if (!shifting && patch.strength != null) {
    return { problem: { field: "strength", message: `a ${action} rule takes no strength` } }
  }
  if (!scoped && patch.scope_id != null) {
    return { problem: { field: "scope_id", message: `scope "all" takes no scope_id` } }
  }
  const rule: MerchandisingRuleFields = {
    action,
    scope,
    // A product id is no category id: a new scope needs its own scope_id.
    scope_id: kept("scope_id", scoped && scope === existing?.scope),
    placement: patch.placement !== undefined ? patch.placement : (existing?.placement ?? null),
    product_id: productId,
    position: kept("position", positioned),
    strength: kept("strength", shifting),
    active: patch.active ?? existing?.active ?? true,
    note: patch.note !== undefined ? patch.note : (existing?.note ?? null),
  }
  if (action === "pin" && rule.position === null) {
    return { problem: { field: "position", message: "a pin rule needs a position (1 to 100)" } }
  }
  if (shifting && rule.strength === null) {
    return {
      problem: {
        field: "strength",
        message: `a ${action} rule needs a strength (above 0, up to 1)`,
      },
    }
  }
  if (scoped && rule.scope_id === null) {
    return { problem: { field: "scope_id", message: `scope "${scope}" needs a scope_id` } }
  }
  return { rule }
}
