import type { LoaderOptions } from "@medusajs/framework/types"
import { parseRecommendationOptions } from "../options"

/** Fails startup with a clear message when the plugin options are invalid. */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  parseRecommendationOptions(options)
}
