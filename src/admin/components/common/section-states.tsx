import { ExclamationCircle, Sparkles } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** Placeholder rows while a section loads, shaped like its content. */
export const SectionSkeleton = ({ rows = 3 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading">
    {Array.from({ length: rows }, (_, index) => (
      <Skeleton key={index} className="h-6 w-full" />
    ))}
  </div>
)

type EmptyStateProps = { title: string; message: ReactNode; icon?: ReactNode; testId?: string }

/** Nothing to show yet, and what would make something appear. */
export const EmptyState = ({ title, message, icon, testId }: EmptyStateProps) => (
  <div
    className="flex min-h-[150px] flex-col items-center justify-center gap-y-2 px-6 py-8 text-center"
    data-testid={testId}
  >
    {icon ?? <Sparkles className="text-ui-fg-subtle" />}
    <Text size="small" leading="compact" weight="plus">
      {title}
    </Text>
    <Text size="small" className="text-ui-fg-muted max-w-md">
      {message}
    </Text>
  </div>
)

type ErrorStateProps = { title: string; error: Error; onRetry?: () => void }

/** A request that failed: its message, and a way to try again. */
export const ErrorState = ({ title, error, onRetry }: ErrorStateProps) => (
  <div
    role="alert"
    className="flex min-h-[150px] flex-col items-center justify-center gap-y-2 px-6 py-8 text-center"
  >
    <ExclamationCircle className="text-ui-fg-error" />
    <Text size="small" leading="compact" weight="plus">
      {title}
    </Text>
    <Text size="small" className="text-ui-fg-subtle max-w-md">
      {error.message}
    </Text>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
)
