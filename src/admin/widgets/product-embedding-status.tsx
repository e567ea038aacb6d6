import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { AdminProductEmbedding, AdminProductRecommendationsResponse } from "../../types/http"
import { recommendationQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const STATUS_COLORS: Record<AdminProductEmbedding["status"], "green" | "orange" | "red"> = {
  ready: "green",
  pending: "orange",
  failed: "red",
}

const ProductRecommendationsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, isError, error } = useQuery({
    queryKey: recommendationQueryKeys.product(product.id),
    queryFn: () =>
      sdk.client.fetch<AdminProductRecommendationsResponse>(
        `/admin/products/${product.id}/recommendations`,
        { query: { limit: 8 } }
      ),
    // Pending embeddings finish within seconds: poll until the product is ready.
    refetchInterval: (query) => (query.state.data?.embedding?.status === "ready" ? false : 3000),
  })

  return (
    <Container className="divide-y p-0" data-testid="product-recommendations-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Recommendations</Heading>
        {data?.embedding ? (
          <StatusBadge color={STATUS_COLORS[data.embedding.status]}>
            {data.embedding.status}
          </StatusBadge>
        ) : (
          <StatusBadge color="grey">not embedded</StatusBadge>
        )}
      </div>
      <div className="px-6 py-4">
        {isPending && <Text className="text-ui-fg-subtle">Loading recommendations…</Text>}
        {isError && (
          <Text className="text-ui-fg-error">Could not load recommendations: {error.message}</Text>
        )}
        {data?.embedding?.last_error && (
          <Text size="small" className="text-ui-fg-error mb-3">
            Last error: {data.embedding.last_error}
          </Text>
        )}
        {data && data.similar.length === 0 && (
          <Text className="text-ui-fg-subtle">
            No similar products yet: they appear once this product is embedded.
          </Text>
        )}
        {data && data.similar.length > 0 && (
          <ul className="flex flex-col gap-y-3" data-testid="product-recommendations-similar">
            {data.similar.map((item) => (
              <li key={item.product_id} className="flex flex-col gap-y-1">
                <div className="flex items-center justify-between gap-x-2">
                  <a href={`/app/products/${item.product_id}`} className="truncate">
                    <Text size="small" leading="compact" weight="plus" className="truncate">
                      {item.title}
                    </Text>
                  </a>
                  <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                    {item.score.toFixed(2)}
                  </Text>
                </div>
                <div className="bg-ui-bg-subtle h-1.5 w-full overflow-hidden rounded-full">
                  <div
                    className="bg-ui-fg-interactive h-full rounded-full"
                    style={{ width: `${Math.round(item.score * 100)}%` }}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductRecommendationsWidget
