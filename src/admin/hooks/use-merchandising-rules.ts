import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminMerchandisingRule,
  AdminMerchandisingRuleDeleteResponse,
  AdminMerchandisingRuleResponse,
  AdminMerchandisingRulesResponse,
} from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** What POST /admin/recommendations/rules takes. */
export type CreateMerchandisingRule = Pick<
  AdminMerchandisingRule,
  "action" | "scope" | "product_id"
> &
  Partial<Pick<AdminMerchandisingRule, "scope_id" | "placement" | "position" | "strength" | "note">>

const RULES_PAGE = 100

/** The rules scoped to one source product (its own lists). */
export function useProductRules(productId: string) {
  return useQuery({
    queryKey: recommendationQueryKeys.productRules(productId),
    queryFn: () =>
      sdk.client.fetch<AdminMerchandisingRulesResponse>("/admin/recommendations/rules", {
        query: { scope: "product", scope_id: productId, limit: RULES_PAGE },
      }),
  })
}

/** A rule changes every list it applies to: refetch the rules, product lists and previews. */
function useInvalidateRuledLists() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: recommendationQueryKeys.rules() }),
      queryClient.invalidateQueries({ queryKey: [...recommendationQueryKeys.all, "product"] }),
      queryClient.invalidateQueries({ queryKey: recommendationQueryKeys.previews() }),
    ])
}

export function useCreateMerchandisingRule() {
  const invalidate = useInvalidateRuledLists()
  return useMutation({
    mutationFn: (rule: CreateMerchandisingRule) =>
      sdk.client.fetch<AdminMerchandisingRuleResponse>("/admin/recommendations/rules", {
        method: "POST",
        body: rule,
      }),
    onSuccess: invalidate,
  })
}

export function useDeleteMerchandisingRule() {
  const invalidate = useInvalidateRuledLists()
  return useMutation({
    mutationFn: (ruleId: string) =>
      sdk.client.fetch<AdminMerchandisingRuleDeleteResponse>(
        `/admin/recommendations/rules/${ruleId}`,
        { method: "DELETE" }
      ),
    onSuccess: invalidate,
  })
}
