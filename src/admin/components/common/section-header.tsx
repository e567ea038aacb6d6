import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionHeaderProps = {
  title: string
  /** A line of text, or an element that brings its own text styles. */
  description?: ReactNode
  /** Buttons or menus on the right. */
  actions?: ReactNode
  headingId?: string
}

/** A section's title row, as the dashboard's sections have it. */
export const SectionHeader = ({ title, description, actions, headingId }: SectionHeaderProps) => (
  <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <Heading level="h2" id={headingId}>
        {title}
      </Heading>
      {typeof description === "string" ? (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      ) : (
        description
      )}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)
