import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type {
  AdminCustomerRecommendationsResponse,
  AdminRecommendationsPreviewResponse,
} from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import type { SettingsOverrides } from "../lib/settings-form"
import { sdk } from "../lib/sdk"

/** Whose lists to preview: a source product's, or a customer's personalized list. */
export type PreviewTarget = { product_id: string } | { customer_id: string }

export const PREVIEW_LIMIT = 10

/** The target's lists with the live settings, and with `draft` laid over them. */
export function useRecommendationPreview(target: PreviewTarget | null, draft: SettingsOverrides) {
  const body = { ...target, settings: draft, limit: PREVIEW_LIMIT }
  return useQuery({
    queryKey: recommendationQueryKeys.preview(body),
    queryFn: () =>
      sdk.client.fetch<AdminRecommendationsPreviewResponse>("/admin/recommendations/preview", {
        method: "POST",
        body,
      }),
    enabled: target !== null,
    // Editing the draft keeps the previous lists on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  })
}

/** A customer's latest events, which their personalized list starts from. */
export function useCustomerHistory(customerId: string | null) {
  return useQuery({
    queryKey: recommendationQueryKeys.customer(customerId ?? ""),
    queryFn: () =>
      sdk.client.fetch<AdminCustomerRecommendationsResponse>(
        `/admin/customers/${customerId}/recommendations`,
        { query: { limit: 1 } }
      ),
    enabled: customerId !== null,
  })
}
