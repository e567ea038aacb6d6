import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminRecommendationSettingsResponse } from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import type { SettingsOverrides } from "../lib/settings-form"
import { sdk } from "../lib/sdk"

const SETTINGS_PATH = "/admin/recommendations/settings"

export function useRecommendationSettings() {
  return useQuery({
    queryKey: recommendationQueryKeys.settings(),
    queryFn: () => sdk.client.fetch<AdminRecommendationSettingsResponse>(SETTINGS_PATH),
  })
}

/** Saved settings change every list: keep the answer and refetch the previews and lists. */
function useStoreSettings() {
  const queryClient = useQueryClient()
  return (response: AdminRecommendationSettingsResponse) => {
    queryClient.setQueryData(recommendationQueryKeys.settings(), response)
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: recommendationQueryKeys.previews() }),
      queryClient.invalidateQueries({ queryKey: [...recommendationQueryKeys.all, "product"] }),
    ])
  }
}

/** Replaces the saved overrides with `overrides`. */
export function useSaveRecommendationSettings() {
  const store = useStoreSettings()
  return useMutation({
    mutationFn: (overrides: SettingsOverrides) =>
      sdk.client.fetch<AdminRecommendationSettingsResponse>(SETTINGS_PATH, {
        method: "POST",
        body: overrides,
      }),
    onSuccess: store,
  })
}

/** Drops every override: the plugin options' defaults apply again. */
export function useResetRecommendationSettings() {
  const store = useStoreSettings()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminRecommendationSettingsResponse>(SETTINGS_PATH, { method: "DELETE" }),
    onSuccess: store,
  })
}
