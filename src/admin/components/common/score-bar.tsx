import { Text, Tooltip } from "@medusajs/ui"
import { formatScore, humanize } from "../../lib/format"

type ScoreBarProps = {
  /** 0..1 */
  score: number
  /** The parts of the score by source, shown on hover. */
  components?: Record<string, number>
}

/** A ranking score as a number and a bar; hovering shows what it is made of. */
export const ScoreBar = ({ score, components }: ScoreBarProps) => {
  const parts = Object.entries(components ?? {})
  const bar = (
    <div className="flex min-w-[96px] items-center gap-x-2">
      <div
        role="meter"
        aria-label="Score"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={score}
        className="bg-ui-bg-component h-1.5 w-16 overflow-hidden rounded-full"
      >
        <div
          className="bg-ui-fg-interactive h-full rounded-full"
          style={{ width: `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%` }}
        />
      </div>
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle tabular-nums">
        {formatScore(score)}
      </Text>
    </div>
  )
  if (!parts.length) {
    return bar
  }
  return (
    <Tooltip
      content={
        <ul className="flex flex-col gap-y-0.5">
          {parts.map(([source, value]) => (
            <li key={source} className="flex justify-between gap-x-4 tabular-nums">
              <span>{humanize(source)}</span>
              <span>{formatScore(value)}</span>
            </li>
          ))}
        </ul>
      }
    >
      {bar}
    </Tooltip>
  )
}
