import { z } from "@medusajs/framework/zod"

export const AdminPostRecommendationsReindex = z.object({
  /** Products to re-embed; all products when absent. */
  product_ids: z.array(z.string().min(1).max(100)).min(1).max(1000).optional(),
})

export type AdminPostRecommendationsReindexType = z.infer<typeof AdminPostRecommendationsReindex>
