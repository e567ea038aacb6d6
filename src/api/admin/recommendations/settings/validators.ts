import type { z } from "@medusajs/framework/zod"
import { RankingSettingsOverridesSchema } from "../../../../modules/recommendation/ranking-settings"

/** Any part of the settings; what is posted replaces the stored overrides. */
export const AdminPostRecommendationSettings = RankingSettingsOverridesSchema

export type AdminPostRecommendationSettingsType = z.infer<typeof AdminPostRecommendationSettings>
