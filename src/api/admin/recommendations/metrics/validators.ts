import { z } from "@medusajs/framework/zod"
import { RECOMMENDATION_PLACEMENTS } from "../../../../modules/recommendation/models/placement"

const DAY_MS = 24 * 3600 * 1000
export const METRICS_DEFAULT_DAYS = 30
export const METRICS_MAX_DAYS = 366

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

/** An ISO date (a whole UTC day) or date-time with its offset. */
function instant(name: "from" | "to") {
  return z
    .string()
    .refine(
      (value) => (DATE_ONLY.test(value) || DATE_TIME.test(value)) && !isNaN(Date.parse(value)),
      `${name} must be an ISO date (YYYY-MM-DD) or date-time (2026-11-22T10:00:00Z)`
    )
}

/**
 * `from` and `to` bound the range: a date-only `to` counts its whole day. Without them, the
 * last 30 days up to now; without `from`, 30 days before `to`. At most 366 days.
 */
export const AdminGetRecommendationMetricsParams = z
  .object({
    from: instant("from").optional(),
    to: instant("to").optional(),
    placement: z.enum(RECOMMENDATION_PLACEMENTS).optional(),
  })
  .strict()
  .transform(({ from, to, placement }) => {
    const end = to ? new Date(Date.parse(to) + (DATE_ONLY.test(to) ? DAY_MS : 0)) : new Date()
    const start = from ? new Date(from) : new Date(end.getTime() - METRICS_DEFAULT_DAYS * DAY_MS)
    return { from: start, to: end, placement }
  })
  .refine((range) => range.from <= range.to, {
    message: "from must not be after to",
    path: ["from"],
  })
  .refine((range) => range.to.getTime() - range.from.getTime() <= METRICS_MAX_DAYS * DAY_MS, {
    message: `the range from..to must be at most ${METRICS_MAX_DAYS} days`,
    path: ["to"],
  })

export type AdminGetRecommendationMetricsParamsType = z.infer<
  typeof AdminGetRecommendationMetricsParams
>
