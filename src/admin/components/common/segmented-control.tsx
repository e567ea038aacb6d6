import { Button, clx } from "@medusajs/ui"

type SegmentedControlProps<T extends string> = {
  label: string
  value: T
  onValueChange: (value: T) => void
  options: readonly { value: T; label: string }[]
  testId?: string
}

/** One choice among a few, as the dashboard's segmented control (a radio group for a11y). */
export const SegmentedControl = <T extends string>({
  label,
  value,
  onValueChange,
  options,
  testId,
}: SegmentedControlProps<T>) => (
  <div
    role="radiogroup"
    aria-label={label}
    data-testid={testId}
    className="bg-ui-bg-disabled inline-flex items-center gap-x-[1px] rounded-md p-[1px]"
  >
    {options.map((option) => {
      const selected = option.value === value
      return (
        <Button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={selected}
          size="small"
          variant={selected ? "secondary" : "transparent"}
          className={clx("w-auto", !selected && "text-ui-fg-muted hover:text-ui-fg-base")}
          onClick={() => onValueChange(option.value)}
        >
          {option.label}
        </Button>
      )
    })}
  </div>
)
