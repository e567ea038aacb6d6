import { MagnifyingGlassMini } from "@medusajs/icons"
import { Text, clx } from "@medusajs/ui"
import { useId, useState, type KeyboardEvent, type ReactNode } from "react"

export type ComboboxOption = {
  value: string
  label: string
  description?: string
  media?: ReactNode
}

type SearchComboboxProps = {
  label: string
  placeholder: string
  search: string
  onSearchChange: (search: string) => void
  options: readonly ComboboxOption[]
  isLoading: boolean
  onSelect: (option: ComboboxOption) => void
  testId?: string
}

/**
 * A text box that searches as the admin types and lists matches to pick from (WAI-ARIA combobox
 * pattern: arrows move, Enter picks, Escape closes), styled as the dashboard's combobox.
 */
export const SearchCombobox = ({
  label,
  placeholder,
  search,
  onSearchChange,
  options,
  isLoading,
  onSelect,
  testId,
}: SearchComboboxProps) => {
  const listboxId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined

  const pick = (option: ComboboxOption) => {
    onSelect(option)
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      setOpen(true)
      const step = event.key === "ArrowDown" ? 1 : -1
      setActive((current) => (current + step + options.length) % Math.max(1, options.length))
    } else if (event.key === "Enter" && activeOption) {
      event.preventDefault()
      pick(activeOption)
    } else if (event.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <div className="relative w-full" data-testid={testId}>
      <div
        className={clx(
          "bg-ui-bg-field shadow-borders-base transition-fg relative flex h-8 items-center rounded-md",
          "has-[input:focus]:shadow-borders-interactive-with-active"
        )}
      >
        <MagnifyingGlassMini className="text-ui-fg-muted pointer-events-none absolute start-2" />
        <input
          role="combobox"
          aria-label={label}
          aria-expanded={open}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listboxId}-${activeOption.value}` : undefined}
          className="txt-compact-small text-ui-fg-base placeholder:text-ui-fg-muted size-full bg-transparent pe-2 ps-8 outline-none"
          placeholder={placeholder}
          value={search}
          onChange={(event) => {
            onSearchChange(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="shadow-elevation-flyout bg-ui-bg-base absolute z-50 mt-1 max-h-[280px] w-full overflow-y-auto rounded-lg p-1"
      >
        {options.map((option) => (
          <li
            key={option.value}
            id={`${listboxId}-${option.value}`}
            role="option"
            aria-selected={option === activeOption}
            // Picking on mouse down: a click would first blur the input and close the list.
            onMouseDown={(event) => {
              event.preventDefault()
              pick(option)
            }}
            onMouseEnter={() => setActive(options.indexOf(option))}
            className={clx(
              "flex cursor-pointer items-center gap-x-2 rounded-[4px] px-2 py-1.5",
              option === activeOption && "bg-ui-bg-base-hover"
            )}
          >
            {option.media}
            <div className="flex min-w-0 flex-col">
              <Text size="small" leading="compact" className="truncate">
                {option.label}
              </Text>
              {option.description && (
                <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
                  {option.description}
                </Text>
              )}
            </div>
          </li>
        ))}
        {!options.length && (
          <li role="presentation" className="px-2 py-1.5">
            <Text size="small" className="text-ui-fg-subtle">
              {isLoading ? "Searching…" : "No results"}
            </Text>
          </li>
        )}
      </ul>
    </div>
  )
}
