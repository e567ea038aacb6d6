import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const SEARCH_LIMIT = 10

/** Products matching `q` (title, handle...), any status, for the preview's picker. */
export function useProductSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: recommendationQueryKeys.productSearch(q),
    queryFn: () =>
      sdk.admin.product.list({
        q: q || undefined,
        limit: SEARCH_LIMIT,
        fields: "id,title,thumbnail,status",
      }),
    enabled,
    placeholderData: keepPreviousData,
  })
}

/** Customers matching `q` (email, name...), for the preview's picker. */
export function useCustomerSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: recommendationQueryKeys.customerSearch(q),
    queryFn: () =>
      sdk.admin.customer.list({
        q: q || undefined,
        limit: SEARCH_LIMIT,
        fields: "id,email,first_name,last_name",
      }),
    enabled,
    placeholderData: keepPreviousData,
  })
}

/** Titles of the given products (a rule or a failure names a product by id only). */
export function useProductTitles(productIds: readonly string[]) {
  return useQuery({
    queryKey: recommendationQueryKeys.productTitles(productIds),
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({
        id: [...productIds],
        limit: productIds.length,
        fields: "id,title,thumbnail",
      })
      return new Map(products.map((product) => [product.id, product]))
    },
    enabled: productIds.length > 0,
  })
}
