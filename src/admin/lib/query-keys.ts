/** React Query keys of this plugin's admin data, in one place (as Medusa's dashboard does). */
export const recommendationQueryKeys = {
  all: ["recommendations"] as const,
  product: (productId: string) => [...recommendationQueryKeys.all, "product", productId] as const,
  status: () => [...recommendationQueryKeys.all, "status"] as const,
  metrics: (range: { from: string; to: string }) =>
    [...recommendationQueryKeys.all, "metrics", range] as const,
  settings: () => [...recommendationQueryKeys.all, "settings"] as const,
  previews: () => [...recommendationQueryKeys.all, "preview"] as const,
  preview: (body: Record<string, unknown>) =>
    [...recommendationQueryKeys.previews(), body] as const,
  customer: (customerId: string) =>
    [...recommendationQueryKeys.all, "customer", customerId] as const,
  rules: () => [...recommendationQueryKeys.all, "rules"] as const,
  productRules: (productId: string) =>
    [...recommendationQueryKeys.rules(), "product", productId] as const,
  // The pickers' searches are kept apart from the dashboard's own product and customer caches.
  productSearch: (q: string) => [...recommendationQueryKeys.all, "product-search", q] as const,
  customerSearch: (q: string) => [...recommendationQueryKeys.all, "customer-search", q] as const,
  productTitles: (ids: readonly string[]) =>
    [...recommendationQueryKeys.all, "product-titles", [...ids].sort()] as const,
}
