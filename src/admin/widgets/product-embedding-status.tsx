import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"

// Placeholder replaced below.
const ProductEmbeddingStatusWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Recommendations</Heading>
        <StatusBadge color="grey">{data.id}</StatusBadge>
      </div>
      <Text className="px-6 py-4">...</Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductEmbeddingStatusWidget
