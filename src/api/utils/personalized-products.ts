import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScoredItem } from "../../engine"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ListShape, Shopper } from "../../modules/recommendation/service"
import { listVisibleCatalogItems, type VisibilityScope } from "./product-visibility"
import { candidateCount, settleListShape, shapeVisibleList, topUpList } from "./visible-ranking"

/**
 * Picks for a shopper from their recent history that the scope may see, re-ranked for variety;
 * `fallback` when the shopper has no history yet and the picks are trending products. Ranked by
 * `shape.settings` when given (an admin preview's draft), else the live settings.
 */
export async function recommendForShopper(
  container: MedusaContainer,
  scope: VisibilityScope,
  shopper: Shopper,
  shape: Omit<ListShape, "list" | "placement" | "source">
): Promise<{ items: ScoredItem[]; fallback: boolean }> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const listShape = await settleListShape(container, {
    ...shape,
    list: "personalized",
    placement: "personalized",
  })
  const result = await service.recommendForShopper(shopper, {
    limit: candidateCount(shape.limit),
    settings: listShape.settings,
  })
  const list = await shapeVisibleList(container, scope, result.items, listShape)
  const items = await topUpList(
    list,
    async () => {
      // A store without any shopper activity yet has nothing trending: show its newest products.
      const newest = await listVisibleCatalogItems(container, scope, {}, shape.limit * 2)
      return {
        items: newest.map((item) => ({
          id: item.id,
          score: 0,
          reasons: [{ type: "fallback", cause: "no_shopper_activity" }, { type: "newest" }],
        })),
        catalog: newest,
      }
    },
    listShape
  )
  return { items, fallback: result.fallback }
}
