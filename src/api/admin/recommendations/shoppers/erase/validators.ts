import { z } from "@medusajs/framework/zod"
import { SessionId } from "../../../../store/recommendations/events/validators"

/** Exactly one shopper: a customer or an anonymous storefront session. */
export const AdminPostEraseShopper = z
  .object({
    customer_id: z.string().min(1).max(100).optional(),
    session_id: SessionId.optional(),
  })
  .refine((body) => !!body.customer_id !== !!body.session_id, {
    message: "Give exactly one of customer_id or session_id",
  })

export type AdminPostEraseShopperType = z.infer<typeof AdminPostEraseShopper>
