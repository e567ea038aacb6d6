import { Text } from "@medusajs/ui"
import type { AdminProductEmbedding } from "../../../types/http"
import { formatDateTime } from "../../lib/format"

/** Which model embedded the product and when, or why it could not. */
export const EmbeddingDetails = ({ embedding }: { embedding: AdminProductEmbedding | null }) => {
  if (!embedding) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Not embedded yet: it is queued when the product is saved, or with Re-embed.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">
        {embedding.model_id ?? "Model pending"}
        {embedding.dimensions ? ` · ${embedding.dimensions} dimensions` : ""}
        {embedding.embedded_at ? ` · embedded ${formatDateTime(embedding.embedded_at)}` : ""}
        {embedding.attempts > 0 ? ` · ${embedding.attempts} failed attempts` : ""}
      </Text>
      {embedding.last_error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          Last error: {embedding.last_error}
        </Text>
      )}
    </div>
  )
}
