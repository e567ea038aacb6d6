import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Text, toast } from "@medusajs/ui"
import type { AdminMerchandisingRule } from "../../../types/http"
import { useProductTitles } from "../../hooks/use-entity-search"
import { useDeleteMerchandisingRule } from "../../hooks/use-merchandising-rules"
import { formatPercent } from "../../lib/format"
import { PLACEMENT_LABELS } from "../../lib/placements"

type ProductRulesListProps = {
  rules: AdminMerchandisingRule[]
  /** Titles already known from the lists; excluded products are looked up. */
  knownTitles: ReadonlyMap<string, string>
}

function describeRule(rule: AdminMerchandisingRule): string {
  const where = rule.placement ? PLACEMENT_LABELS[rule.placement] : "every list"
  switch (rule.action) {
    case "pin":
    case "curate":
      return `${rule.action === "pin" ? "Pinned" : "Curated"}${
        rule.position ? ` at #${rule.position}` : ""
      } in ${where}`
    case "boost":
    case "bury":
      return `${rule.action === "boost" ? "Boosted" : "Buried"}${
        rule.strength ? ` by ${formatPercent(rule.strength, 0)}` : ""
      } in ${where}`
    case "exclude":
      return `Excluded from ${where}`
  }
}

/** The store owner's rules on this product's lists, each removable. */
export const ProductRulesList = ({ rules, knownTitles }: ProductRulesListProps) => {
  const deleteRule = useDeleteMerchandisingRule()
  const unknownIds = [...new Set(rules.map((rule) => rule.product_id))].filter(
    (id) => !knownTitles.has(id)
  )
  const { data: looked } = useProductTitles(unknownIds)
  const titleOf = (id: string) => knownTitles.get(id) ?? looked?.get(id)?.title ?? id

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        Rules on this product&apos;s lists
      </Text>
      {rules.length ? (
        <ul className="flex flex-col gap-y-1" data-testid="product-recommendations-rules">
          {rules.map((rule) => (
            <li
              key={rule.id}
              className="flex items-center justify-between gap-x-2"
              data-testid="product-recommendations-rule"
              data-rule-id={rule.id}
              data-action={rule.action}
              data-product-id={rule.product_id}
            >
              <div className="flex min-w-0 items-center gap-x-2">
                <Badge size="2xsmall" color={rule.action === "exclude" ? "red" : "purple"}>
                  {rule.action}
                </Badge>
                <Text size="small" leading="compact" className="truncate">
                  {titleOf(rule.product_id)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted shrink-0">
                  {describeRule(rule)}
                  {rule.active ? "" : " (inactive)"}
                </Text>
              </div>
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Remove the rule on ${titleOf(rule.product_id)}`}
                disabled={deleteRule.isPending}
                onClick={() =>
                  deleteRule.mutate(rule.id, {
                    onSuccess: () => toast.success("Rule removed"),
                    onError: (error) =>
                      toast.error("Rule not removed", { description: error.message }),
                  })
                }
                data-testid="product-recommendations-rule-remove"
              >
                <Trash />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-muted" data-testid="product-recommendations-rules">
          No rules yet. Pin or exclude a product from the lists above.
        </Text>
      )}
    </div>
  )
}
