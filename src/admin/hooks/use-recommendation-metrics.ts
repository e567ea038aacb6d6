import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminRecommendationMetricsResponse } from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Metrics per day and placement over whole UTC days, `from` and `to` included (YYYY-MM-DD). */
export function useRecommendationMetrics(range: { from: string; to: string }) {
  return useQuery({
    queryKey: recommendationQueryKeys.metrics(range),
    queryFn: () =>
      sdk.client.fetch<AdminRecommendationMetricsResponse>("/admin/recommendations/metrics", {
        query: range,
      }),
    // Changing the range keeps the chart on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
  })
}
