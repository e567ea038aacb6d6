import { Text, toast } from "@medusajs/ui"
import type { AdminMerchandisingRule, AdminPreviewItem } from "../../../types/http"
import {
  useCreateMerchandisingRule,
  useDeleteMerchandisingRule,
} from "../../hooks/use-merchandising-rules"
import { PLACEMENT_LABELS } from "../../lib/placements"
import { RankedItem } from "../common/ranked-item"
import { RecommendationItemActions } from "./recommendation-item-actions"

type ProductRecommendationListProps = {
  productId: string
  placement: "similar" | "bought_together"
  items: AdminPreviewItem[]
  /** The rules scoped to this product, of every placement. */
  rules: AdminMerchandisingRule[]
  emptyMessage: string
  testId: string
}

/** One of the product's lists, as the store ranks it, with pin and exclude on each item. */
export const ProductRecommendationList = ({
  productId,
  placement,
  items,
  rules,
  emptyMessage,
  testId,
}: ProductRecommendationListProps) => {
  const createRule = useCreateMerchandisingRule()
  const deleteRule = useDeleteMerchandisingRule()
  const busy = createRule.isPending || deleteRule.isPending
  const pinOf = (itemId: string) =>
    rules.find(
      (rule) =>
        rule.action === "pin" &&
        rule.product_id === itemId &&
        (rule.placement === placement || rule.placement === null)
    )

  const addRule = (item: AdminPreviewItem, action: "pin" | "exclude", position: number) =>
    createRule.mutate(
      {
        action,
        scope: "product",
        scope_id: productId,
        placement,
        product_id: item.product_id,
        ...(action === "pin" ? { position } : {}),
      },
      {
        onSuccess: () =>
          toast.success(action === "pin" ? `Pinned at #${position}` : "Excluded", {
            description: `${item.title} in ${PLACEMENT_LABELS[placement]}.`,
          }),
        onError: (error) => toast.error("Rule not saved", { description: error.message }),
      }
    )

  const removeRule = (rule: AdminMerchandisingRule, title: string) =>
    deleteRule.mutate(rule.id, {
      onSuccess: () => toast.success("Unpinned", { description: title }),
      onError: (error) => toast.error("Rule not removed", { description: error.message }),
    })

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        {PLACEMENT_LABELS[placement]}
      </Text>
      {items.length ? (
        <ol className="flex flex-col" data-testid={testId}>
          {items.map((item, index) => {
            const pin = pinOf(item.product_id)
            return (
              <RankedItem
                key={item.product_id}
                item={item}
                position={index + 1}
                testId="product-recommendations-item"
                actions={
                  <RecommendationItemActions
                    title={item.title}
                    position={index + 1}
                    pinned={Boolean(pin)}
                    disabled={busy}
                    onPin={() => addRule(item, "pin", index + 1)}
                    onUnpin={() => pin && removeRule(pin, item.title)}
                    onExclude={() => addRule(item, "exclude", index + 1)}
                  />
                }
              />
            )
          })}
        </ol>
      ) : (
        <Text size="small" className="text-ui-fg-muted" data-testid={testId}>
          {emptyMessage}
        </Text>
      )}
    </div>
  )
}
