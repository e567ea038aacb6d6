import { z } from "@medusajs/framework/zod"
import { MAX_EVENTS_PER_REQUEST, SESSION_ID_PATTERN } from "../../../../utils/shopper-events"

/** Client-generated anonymous session ids: short, and safe to log and to put in a URL. */
export const SessionId = z
  .string()
  .regex(SESSION_ID_PATTERN, "session_id must be 1-64 characters: letters, digits, _ or -")

/** Events a storefront may send; purchases come from placed orders only. */
export const STOREFRONT_EVENT_TYPES = ["view", "add_to_cart", "recommendation_click"] as const

export const StoreRecommendationEvent = z
  .object({
    type: z.enum(STOREFRONT_EVENT_TYPES),
    product_id: z.string().min(1).max(100),
    quantity: z.number().int().min(1).max(10_000).optional(),
    /** The `recommendation_id` of the response the product was shown in (clicks, add-to-carts). */
    recommendation_id: z
      .string()
      .regex(/^rrec_[A-Za-z0-9]{1,64}$/, "must be a recommendation_id from a response (rrec_...)")
      .optional(),
  })
  .strict()

export type StoreRecommendationEventType = z.infer<typeof StoreRecommendationEvent>

const EVENT_KEYS = ["type", "product_id", "quantity", "recommendation_id"]

/**
 * The envelope: `{ session_id?, events: [...] }`, or a single event with its fields at the top
 * level. Events are validated one by one in the route, so one bad event does not lose the
 * others. A `customer_id` is dropped: the customer comes from authentication only.
 */
export const StorePostRecommendationEvents = z.preprocess(
  (body) => {
    if (!body || typeof body !== "object" || Array.isArray(body)) return body
    const { customer_id: _ignored, ...rest } = body as Record<string, unknown>
    if ("events" in rest) return rest
    const event = Object.fromEntries(
      Object.entries(rest).filter(([key]) => EVENT_KEYS.includes(key))
    )
    const envelope = Object.fromEntries(
      Object.entries(rest).filter(([key]) => !EVENT_KEYS.includes(key))
    )
    return { ...envelope, events: [event] }
  },
  z
    .object({
      session_id: SessionId.optional(),
      events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_REQUEST),
    })
    .strict()
)

export type StorePostRecommendationEventsType = z.infer<typeof StorePostRecommendationEvents>
