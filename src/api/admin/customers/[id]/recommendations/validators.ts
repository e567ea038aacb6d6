import { z } from "@medusajs/framework/zod"

export const AdminGetCustomerRecommendationsParams = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
})

export type AdminGetCustomerRecommendationsParamsType = z.infer<
  typeof AdminGetCustomerRecommendationsParams
>
