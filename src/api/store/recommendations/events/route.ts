import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { InteractionInput } from "../../../../modules/recommendation/service"
import { listRecordableProductIds, salesChannelScopeOf } from "../../../utils/product-visibility"
import { recordInteractions } from "../../../utils/record-interactions"
import { StoreRecommendationEvent, type StorePostRecommendationEventsType } from "./validators"

export type StoreRecommendationEventsResponse = {
  accepted: number
  rejected: { index: number; message: string }[]
}

/**
 * POST /store/recommendations/events — views, add-to-carts and recommendation clicks from the
 * storefront, one or up to 100 at a time. Valid events are stored even when others in the same
 * batch are rejected; the answer is then a 400 listing the rejected ones by index.
 */
export const POST = async (
  req: MedusaStoreRequest<StorePostRecommendationEventsType>,
  res: MedusaResponse<StoreRecommendationEventsResponse | Record<string, unknown>>
) => {
  const { session_id, events } = req.validatedBody
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!customerId && !session_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "session_id is required when no customer is logged in"
    )
  }

  const rejected: StoreRecommendationEventsResponse["rejected"] = []
  const parsed = events.flatMap((event, index) => {
    const result = StoreRecommendationEvent.safeParse(event)
    if (result.success) return [{ index, event: result.data }]
    const problems = result.error.issues.map(
      (issue) =>
        `events[${index}]${issue.path.map((key) => `.${String(key)}`).join("")}: ${issue.message}`
    )
    rejected.push({ index, message: problems.join("; ") })
    return []
  })

  const recordable = await listRecordableProductIds(
    req.scope,
    salesChannelScopeOf(req),
    parsed.map(({ event }) => event.product_id)
  )
  const interactions: InteractionInput[] = []
  for (const { index, event } of parsed) {
    if (!recordable.has(event.product_id)) {
      rejected.push({
        index,
        message: `events[${index}].product_id: no product ${event.product_id} in this store`,
      })
      continue
    }
    interactions.push({
      type: event.type,
      product_id: event.product_id,
      quantity: event.quantity,
      recommendation_id: event.recommendation_id,
      customer_id: customerId,
      session_id: session_id ?? null,
    })
  }

  await recordInteractions(req.scope, {
    interactions,
    attach_sessions: customerId && session_id ? [{ customer_id: customerId, session_id }] : [],
  })

  rejected.sort((a, b) => a.index - b.index)
  if (rejected.length) {
    res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `${rejected.length} of ${events.length} events rejected: ${rejected
        .map((r) => r.message)
        .join(" | ")}`,
      accepted: interactions.length,
      rejected,
    })
    return
  }
  res.json({ accepted: interactions.length, rejected })
}
