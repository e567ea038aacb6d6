import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECOMMENDATION_MODULE } from "../../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../../modules/recommendation/service"
import type { AdminCustomerRecommendationsResponse } from "../../../../../types/http"
import { assertCustomerExists, previewCustomerPlacements } from "../../../../utils/admin-preview"
import type { AdminGetCustomerRecommendationsParamsType } from "./validators"

// The latest events shown; the ranking itself reads more (see the service's history).
const HISTORY_SHOWN = 20

/**
 * GET /admin/customers/:id/recommendations — the customer's latest events and the personalized
 * list the store shows them, with scores, components and reasons, over every product.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerRecommendationsParamsType>,
  res: MedusaResponse<AdminCustomerRecommendationsResponse>
) => {
  const { id } = req.params
  await assertCustomerExists(req.scope, id)
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const [events, placements] = await Promise.all([
    service.listInteractions(
      { customer_id: id },
      {
        select: ["product_id", "type", "occurred_at"],
        order: { occurred_at: "DESC", id: "DESC" },
        take: HISTORY_SHOWN,
      }
    ),
    previewCustomerPlacements(req.scope, id, { limit: req.validatedQuery.limit }),
  ])
  const titles = await productTitles(req, [...new Set(events.map((event) => event.product_id))])
  res.json({
    customer_id: id,
    history: events.map((event) => ({
      product_id: event.product_id,
      title: titles.get(event.product_id) ?? null,
      type: event.type,
      occurred_at: new Date(event.occurred_at).toISOString(),
    })),
    ...placements,
  })
}

async function productTitles(
  req: AuthenticatedMedusaRequest,
  productIds: string[]
): Promise<Map<string, string>> {
  if (!productIds.length) return new Map()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: productIds },
  })
  return new Map((data as { id: string; title: string }[]).map((p) => [p.id, p.title]))
}
