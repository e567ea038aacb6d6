import { useQuery } from "@tanstack/react-query"
import type { AdminProductRecommendationsResponse } from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const LIST_LIMIT = 10
const POLL_WHILE_PENDING_MS = 3000

/** A product's embedding and its similar and bought-together lists, as the store ranks them. */
export function useProductRecommendations(productId: string) {
  return useQuery({
    queryKey: recommendationQueryKeys.product(productId),
    queryFn: () =>
      sdk.client.fetch<AdminProductRecommendationsResponse>(
        `/admin/products/${productId}/recommendations`,
        {
          query: { limit: LIST_LIMIT },
        }
      ),
    // A pending embedding is usually done within seconds: poll until it is.
    refetchInterval: (query) =>
      query.state.data?.embedding?.status === "pending" ? POLL_WHILE_PENDING_MS : false,
  })
}
