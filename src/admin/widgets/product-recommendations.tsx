import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowPath } from "@medusajs/icons"
import { Button, Container, toast } from "@medusajs/ui"
import { SectionHeader } from "../components/common/section-header"
import { ErrorState, SectionSkeleton } from "../components/common/section-states"
import { EmbeddingDetails } from "../components/product/embedding-details"
import { EmbeddingStatusBadge } from "../components/product/embedding-status-badge"
import { ProductRecommendationList } from "../components/product/product-recommendation-list"
import { ProductRulesList } from "../components/product/product-rules-list"
import { useProductRules } from "../hooks/use-merchandising-rules"
import { useReindexProducts } from "../hooks/use-pipeline-status"
import { useProductRecommendations } from "../hooks/use-product-recommendations"

/** The product's embedding, its recommendation lists as the store ranks them, and their rules. */
const ProductRecommendationsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, isError, error, refetch } = useProductRecommendations(product.id)
  const rules = useProductRules(product.id)
  const reindex = useReindexProducts()
  // Until the rules load, the lists offer pinning as if none were set.
  const productRules = rules.data?.rules ?? []
  const titles = new Map(
    [...(data?.similar ?? []), ...(data?.bought_together ?? [])].map((item) => [
      item.product_id,
      item.title,
    ])
  )

  const reembed = () =>
    reindex.mutate([product.id], {
      onSuccess: () => toast.success("Queued for embedding", { description: product.title }),
      onError: (reason) => toast.error("Could not queue it", { description: reason.message }),
    })

  return (
    <Container
      className="divide-y p-0"
      data-testid="product-recommendations-widget"
      aria-labelledby="product-recommendations-heading"
    >
      <SectionHeader
        headingId="product-recommendations-heading"
        title="Recommendations"
        description={data ? <EmbeddingDetails embedding={data.embedding} /> : undefined}
        actions={
          <>
            {data && <EmbeddingStatusBadge embedding={data.embedding} />}
            <Button
              size="small"
              variant="secondary"
              onClick={reembed}
              isLoading={reindex.isPending}
              data-testid="product-recommendations-reembed"
            >
              <ArrowPath />
              Re-embed
            </Button>
          </>
        }
      />
      {isPending && <SectionSkeleton rows={5} />}
      {isError && (
        <ErrorState title="Could not load the recommendations" error={error} onRetry={refetch} />
      )}
      {data && (
        <>
          <ProductRecommendationList
            productId={product.id}
            placement="similar"
            items={data.similar}
            rules={productRules}
            emptyMessage="No similar products yet: they appear once this product is embedded."
            testId="product-recommendations-similar"
          />
          <ProductRecommendationList
            productId={product.id}
            placement="bought_together"
            items={data.bought_together}
            rules={productRules}
            emptyMessage="Not bought together with anything yet: the list fills in as orders come in."
            testId="product-recommendations-bought-together"
          />
          {rules.isPending && <SectionSkeleton rows={1} />}
          {rules.isError && (
            <ErrorState
              title="Could not load the rules"
              error={rules.error}
              onRetry={rules.refetch}
            />
          )}
          {rules.data && <ProductRulesList rules={rules.data.rules} knownTitles={titles} />}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details" })

export default ProductRecommendationsWidget
