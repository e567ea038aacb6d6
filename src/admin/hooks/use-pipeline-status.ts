import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminRecommendationsReindexResponse,
  AdminRecommendationsStatusResponse,
} from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const POLL_WHILE_PENDING_MS = 2000

/** The embedding pipeline's status, polled while products wait for their embedding. */
export function usePipelineStatus() {
  return useQuery({
    queryKey: recommendationQueryKeys.status(),
    queryFn: () =>
      sdk.client.fetch<AdminRecommendationsStatusResponse>("/admin/recommendations/status"),
    refetchInterval: (query) =>
      (query.state.data?.status.counts.pending ?? 0) > 0 ? POLL_WHILE_PENDING_MS : false,
  })
}

/** Queues products (all of them without ids) for embedding again. */
export function useReindexProducts() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (productIds?: string[]) =>
      sdk.client.fetch<AdminRecommendationsReindexResponse>("/admin/recommendations/reindex", {
        method: "POST",
        body: productIds ? { product_ids: productIds } : {},
      }),
    onSuccess: ({ status }) => {
      // The answer carries the new backlog: polling starts from it at once.
      queryClient.setQueryData<AdminRecommendationsStatusResponse>(
        recommendationQueryKeys.status(),
        { status }
      )
      return queryClient.invalidateQueries({
        queryKey: [...recommendationQueryKeys.all, "product"],
      })
    },
  })
}
