import { z } from "@medusajs/framework/zod"
import { SessionId } from "../../../recommendations/events/validators"
import { storeProductRecommendationsQueryConfig } from "./query-config"

export const RECOMMENDATIONS_DEFAULT_LIMIT = 12
export const RECOMMENDATIONS_MAX_LIMIT = 50

const allowedFields = new Set(storeProductRecommendationsQueryConfig.allowed)

/**
 * Requested product fields that `/store/products` does not know. Core drops those silently;
 * here a typo gets a 400 instead of a quietly missing field.
 */
function unknownFields(fields: string): string[] {
  return fields
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field && !field.startsWith("-"))
    .map((field) => field.replace(/^[+*]/, "").replace(/\.\*$/, ""))
    .filter((field) => !allowedFields.has(field))
}

/** The query every store ranking route accepts: list size, fields, variety and business filters. */
export const StoreProductRankingParams = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(RECOMMENDATIONS_MAX_LIMIT)
    .default(RECOMMENDATIONS_DEFAULT_LIMIT),
  fields: z
    .string()
    .optional()
    .superRefine((fields, ctx) => {
      const unknown = fields ? unknownFields(fields) : []
      if (unknown.length) {
        ctx.addIssue({
          code: "custom",
          message: `Unknown product fields in 'fields': ${unknown.join(", ")}`,
        })
      }
    }),
  /** Product ids to leave out (already in the cart...): `exclude=a,b` or repeated. */
  exclude: z
    .preprocess(
      (value) =>
        (Array.isArray(value) ? value : [value])
          .flatMap((item) => (typeof item === "string" ? item.split(",") : [item]))
          .map((item) => (typeof item === "string" ? item.trim() : item))
          .filter((item) => item !== ""),
      z.array(z.string().max(100)).max(100)
    )
    .optional(),
  /** Variety of the list, 0 (pure relevance) to 1; the plugin's default when absent. */
  diversity: z.coerce.number().min(0).max(1).optional(),
  /** Most products of one category in the list. */
  max_per_category: z.coerce.number().int().min(1).max(RECOMMENDATIONS_MAX_LIMIT).optional(),
  /** Only products a shopper can buy now (the plugin's `filters.inStockOnly` when absent). */
  in_stock: z
    .enum(["true", "false"], { message: "in_stock must be true or false" })
    .transform((value) => value === "true")
    .optional(),
  /** Price range in the currency of the request's region (region_id, country_code, cart_id). */
  min_price: z.coerce.number().min(0).optional(),
  max_price: z.coerce.number().min(0).optional(),
  region_id: z.string().optional(),
  country_code: z.string().optional(),
  province: z.string().optional(),
  cart_id: z.string().optional(),
  /**
   * A guest's storefront session: personalizes the list (/store/recommendations, search) and
   * is stored with the served list, so its clicks and orders are the session's.
   */
  session_id: SessionId.optional(),
})

/** Rejects a price range whose minimum is above its maximum (added to each final schema). */
export function withOrderedPriceRange<
  Schema extends z.ZodType<{ min_price?: number; max_price?: number }>,
>(schema: Schema): Schema {
  return schema.refine(
    (query) =>
      query.min_price === undefined ||
      query.max_price === undefined ||
      query.min_price <= query.max_price,
    { message: "min_price must not be above max_price", path: ["min_price"] }
  )
}

export const StoreGetProductRecommendationsParams = withOrderedPriceRange(StoreProductRankingParams)

export type StoreGetProductRecommendationsParamsType = z.infer<
  typeof StoreGetProductRecommendationsParams
>
