import { MagnifyingGlass } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useState } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import {
  useRecommendationPreview,
  type PreviewTarget,
} from "../../hooks/use-recommendation-preview"
import type { SettingsOverrides } from "../../lib/settings-form"
import { SectionHeader } from "../common/section-header"
import { EmptyState, ErrorState, SectionSkeleton } from "../common/section-states"
import { CustomerHistory } from "./customer-history"
import { PreviewComparison } from "./preview-comparison"
import { PreviewTargetPicker, type PreviewSubject } from "./preview-target-picker"

type PreviewSectionProps = {
  /** The settings form's unsaved changes, ranked in the draft lists. */
  draftChanges: SettingsOverrides
  draftChangeCount: number
}

function targetOf(subject: PreviewSubject | null): PreviewTarget | null {
  if (!subject) {
    return null
  }
  return subject.kind === "product" ? { product_id: subject.id } : { customer_id: subject.id }
}

/** A product's or customer's lists with the live settings and with the unsaved draft. */
export const PreviewSection = ({ draftChanges, draftChangeCount }: PreviewSectionProps) => {
  const [subject, setSubject] = useState<PreviewSubject | null>(null)
  // Typing in the settings form re-ranks once the admin pauses, not on every key.
  const settings = useDebouncedValue(draftChanges, 400)
  const { data, isPending, isFetching, isError, error, refetch } = useRecommendationPreview(
    targetOf(subject),
    settings
  )

  return (
    <Container
      className="divide-y p-0"
      data-testid="recommendations-preview"
      aria-labelledby="recommendations-preview-heading"
      aria-busy={isFetching}
    >
      <SectionHeader
        headingId="recommendations-preview-heading"
        title="Preview"
        description="A product's or a customer's lists with the live settings and with your unsaved changes."
      />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <PreviewTargetPicker subject={subject} onChange={setSubject} />
        {subject?.kind === "customer" && <CustomerHistory customerId={subject.id} />}
      </div>
      {!subject && (
        <EmptyState
          testId="recommendations-preview-empty"
          icon={<MagnifyingGlass className="text-ui-fg-subtle" />}
          title="Pick a product or a customer"
          message="Their lists appear here twice: as the store ranks them now, and with the settings you are editing, with what moved highlighted."
        />
      )}
      {subject && isPending && <SectionSkeleton rows={6} />}
      {subject && isError && (
        <ErrorState title="Could not rank the preview" error={error} onRetry={refetch} />
      )}
      {subject && data && (
        <div className="px-6 py-4">
          <PreviewComparison live={data.live} draft={data.draft} changeCount={draftChangeCount} />
        </div>
      )}
    </Container>
  )
}
