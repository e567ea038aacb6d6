import { clx } from "@medusajs/ui"

type ProgressBarProps = {
  /** 0..1 */
  value: number
  label: string
  /** A mark on the track, 0..1 (e.g. where a model switch completes). */
  marker?: number
  tone?: "interactive" | "success" | "warning"
  testId?: string
}

const TONES = {
  interactive: "bg-ui-fg-interactive",
  success: "bg-ui-tag-green-icon",
  warning: "bg-ui-tag-orange-icon",
}

/** A determinate progress bar with its accessible name and value. */
export const ProgressBar = ({
  value,
  label,
  marker,
  tone = "interactive",
  testId,
}: ProgressBarProps) => {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid={testId}
      className="bg-ui-bg-component shadow-borders-base relative h-2 w-full overflow-hidden rounded-full"
    >
      <div
        className={clx("h-full rounded-full transition-[width] duration-500", TONES[tone])}
        style={{ width: `${percent}%` }}
      />
      {marker !== undefined && (
        <div
          aria-hidden
          className="bg-ui-fg-base absolute inset-y-0 w-0.5"
          style={{ left: `${Math.min(1, Math.max(0, marker)) * 100}%` }}
        />
      )}
    </div>
  )
}
