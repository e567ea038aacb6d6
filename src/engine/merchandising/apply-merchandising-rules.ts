import { round } from "../ranking/similar-items"
import type { ItemId, Reason, ScoredItem } from "../types"
import { ruleSpecificity, type MerchandisingAction, type MerchandisingRuleInput } from "./rules"

/** A product pinned at a 1-based position, placed once the rest of the list is final. */
export type PinnedItem = { position: number; item: Omit<ScoredItem, "score"> }

/** A ranked list once the store owner's rules have been applied to it. */
export type MerchandisedList = {
  /**
   * The ranked candidates without excluded and pinned products, boosted and buried products
   * moved by their new score, curated products inserted: ready for re-ranking (diversity).
   */
  items: ScoredItem[]
  /** Pinned products by position, for `placePinnedItems` after re-ranking. */
  pinned: PinnedItem[]
  /** Products no part of the list may show, not even items that top it up later. */
  excluded: ReadonlySet<ItemId>
}

/** Rules that compete with each other for one product: boost and bury move the same score. */
type RuleKind = "exclude" | "pin" | "curate" | "shift"
const RULE_KIND: Record<MerchandisingAction, RuleKind> = {
  exclude: "exclude",
  pin: "pin",
  curate: "curate",
  boost: "shift",
  bury: "shift",
}

/**
 * Applies a list's merchandising rules (those `selectMerchandisingRules` picked) to its ranked
 * candidates, best first. Precedence, per product:
 *
 * 1. exclude wins over everything: the product is removed, whatever else applies to it;
 * 2. pin beats curate, boost and bury: the product leaves the ranking and is placed at its
 *    position by `placePinnedItems` after re-ranking, so diversity and category caps never move
 *    it;
 * 3. curate beats boost and bury: the product is inserted at its position (first when it has
 *    none), even when the ranking did not find it; when two claim a place, the first in the
 *    rules' order takes it and the other the next one;
 * 4. boost and bury add or take `strength` from the score (kept in [0, 1]); the list is then
 *    re-sorted by score, ties keeping their order.
 *
 * Among rules of the same kind on one product, the most specific wins (see `ruleSpecificity`),
 * then the later one. A hand-placed product (pinned or curated) takes the score of the product
 * whose place it takes, so the list still reads best first; its reason comes first, followed
 * by the ranking's reasons when the ranking had found it too.
 */
export function applyMerchandisingRules(
  candidates: readonly ScoredItem[],
  rules: readonly MerchandisingRuleInput[]
): MerchandisedList {
  const excluded = new Set<ItemId>()
  const pins: MerchandisingRuleInput[] = []
  const curated: MerchandisingRuleInput[] = []
  const shifts = new Map<ItemId, MerchandisingRuleInput>()
  for (const [productId, byKind] of winningRules(rules)) {
    if (byKind.exclude) excluded.add(productId)
    else if (byKind.pin) pins.push(byKind.pin)
    else if (byKind.curate) curated.push(byKind.curate)
    else if (byKind.shift) shifts.set(productId, byKind.shift)
  }

  const candidateById = new Map(candidates.map((item) => [item.id, item]))
  const handPlaced = new Set([...pins, ...curated].map((rule) => rule.product_id))
  const items = candidates
    .filter((item) => !excluded.has(item.id) && !handPlaced.has(item.id))
    .map((item) => shiftScore(item, shifts.get(item.id)))
  if (shifts.size) items.sort((a, b) => b.score - a.score)

  let unpositioned = 0
  const insertions = curated
    .map((rule) => ({ rule, index: rule.position === null ? unpositioned++ : rule.position - 1 }))
    .sort((a, b) => a.index - b.index)
  let previous = -1
  for (const { rule, index } of insertions) {
    // A place an earlier curated product took goes to the next one, as for pins.
    const at = Math.max(Math.min(index, items.length), previous + 1)
    previous = at
    const score = (items[at] ?? items[at - 1])?.score ?? 1
    items.splice(at, 0, {
      ...handPlacedItem(candidateById.get(rule.product_id), rule.product_id, { type: "curated" }),
      score,
    })
  }

  const pinned = pins
    .map((rule) => ({
      position: rule.position ?? 1,
      specificity: ruleSpecificity(rule),
      item: handPlacedItem(candidateById.get(rule.product_id), rule.product_id, {
        type: "pinned",
        position: rule.position ?? 1,
      }),
    }))
    .sort((a, b) => a.position - b.position || b.specificity - a.specificity)
    .map(({ position, item }) => ({ position, item }))
  return { items, pinned, excluded }
}

/**
 * Puts pinned products at their 1-based positions in a final ranked list of at most `limit`
 * items. A position past the list's end means last (pins past the end keep their order); two
 * pins on one position take it and the next one, in the order given; when pins outnumber
 * `limit`, the lowest positions win.
 */
export function placePinnedItems(
  ranked: readonly ScoredItem[],
  pinned: readonly PinnedItem[],
  limit: number
): ScoredItem[] {
  const pins = [...pinned].sort((a, b) => a.position - b.position).slice(0, Math.max(0, limit))
  const length = Math.min(limit, ranked.length + pins.length)
  const result: ScoredItem[] = []
  let next = 0
  let p = 0
  while (result.length < length) {
    const pin = pins[p]
    const due =
      pin !== undefined &&
      (pin.position <= result.length + 1 ||
        length - result.length <= pins.length - p ||
        next >= ranked.length)
    if (due) {
      const score = (ranked[next] ?? result[result.length - 1])?.score ?? 1
      result.push({ ...pin.item, score })
      p++
    } else {
      result.push(ranked[next++])
    }
  }
  return result
}

/** The winning rule of each kind for each product, in the order products first appear. */
function winningRules(
  rules: readonly MerchandisingRuleInput[]
): Map<ItemId, Partial<Record<RuleKind, MerchandisingRuleInput>>> {
  const winners = new Map<ItemId, Partial<Record<RuleKind, MerchandisingRuleInput>>>()
  for (const rule of rules) {
    const byKind = winners.get(rule.product_id) ?? {}
    const kind = RULE_KIND[rule.action]
    const current = byKind[kind]
    if (!current || ruleSpecificity(rule) >= ruleSpecificity(current)) byKind[kind] = rule
    winners.set(rule.product_id, byKind)
  }
  return winners
}

function shiftScore(item: ScoredItem, rule: MerchandisingRuleInput | undefined): ScoredItem {
  if (!rule) return item
  const boost = rule.action === "boost"
  const delta = (rule.strength ?? 0) * (boost ? 1 : -1)
  return {
    ...item,
    score: round(Math.max(0, Math.min(1, item.score + delta))),
    reasons: [{ type: boost ? "boosted" : "buried" }, ...item.reasons],
  }
}

/** A hand-placed product: its rule's reason first, then the ranking's when it had found it. */
function handPlacedItem(
  ranked: ScoredItem | undefined,
  id: ItemId,
  reason: Reason
): Omit<ScoredItem, "score"> {
  return ranked
    ? {
        id,
        reasons: [reason, ...ranked.reasons],
        ...(ranked.components ? { components: ranked.components } : {}),
      }
    : { id, reasons: [reason] }
}
