import { z } from "@medusajs/framework/zod"
import { RankingSettingsOverridesSchema } from "../../../../modules/recommendation/ranking-settings"

/** One product's or one customer's lists, with draft settings laid over the live ones. */
export const AdminPostRecommendationsPreview = z
  .object({
    product_id: z.string().min(1).max(100).optional(),
    customer_id: z.string().min(1).max(100).optional(),
    settings: RankingSettingsOverridesSchema.optional(),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict()
  .refine((body) => (body.product_id === undefined) !== (body.customer_id === undefined), {
    message: "give exactly one of product_id and customer_id",
    path: ["product_id"],
  })

export type AdminPostRecommendationsPreviewType = z.infer<typeof AdminPostRecommendationsPreview>
