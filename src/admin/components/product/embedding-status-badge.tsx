import { StatusBadge } from "@medusajs/ui"
import type { AdminProductEmbedding } from "../../../types/http"

const STATUS_COLORS: Record<AdminProductEmbedding["status"], "green" | "orange" | "red"> = {
  ready: "green",
  pending: "orange",
  failed: "red",
}

/** The product's embedding state at a glance. */
export const EmbeddingStatusBadge = ({
  embedding,
}: {
  embedding: AdminProductEmbedding | null
}) => (
  <StatusBadge
    color={embedding ? STATUS_COLORS[embedding.status] : "grey"}
    data-testid="product-recommendations-status"
    data-status={embedding?.status ?? "none"}
  >
    {embedding ? `Embedding ${embedding.status}` : "Not embedded"}
  </StatusBadge>
)
