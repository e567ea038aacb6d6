/** React Query keys of this plugin's admin data, in one place (as Medusa's dashboard does). */
export const recommendationQueryKeys = {
  all: ["recommendations"] as const,
  product: (productId: string) => [...recommendationQueryKeys.all, "product", productId] as const,
}
