import { ArrowUturnLeft } from "@medusajs/icons"
import { Badge, IconButton, Input, Label, Switch, Text, Tooltip, clx } from "@medusajs/ui"
import type { SettingField as SettingFieldModel, SettingValue } from "../../lib/settings-form"

type SettingFieldProps = {
  field: SettingFieldModel
  /** What the admin typed or switched. */
  entry: string | boolean
  /** The value read from the entry; undefined while it cannot be read. */
  value: SettingValue | undefined
  savedValue: SettingValue
  error?: string
  onChange: (value: string | boolean) => void
}

function describe(value: SettingValue): string {
  if (value === null) {
    return "none"
  }
  return typeof value === "boolean" ? (value ? "on" : "off") : String(value)
}

/** One setting: its control, whether it differs from the default, and its message. */
export const SettingField = ({
  field,
  entry,
  value,
  savedValue,
  error,
  onChange,
}: SettingFieldProps) => {
  const id = `recommendation-setting-${field.path}`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const overridden = value !== undefined && value !== field.defaultValue
  const unsaved = value !== savedValue
  const describedBy = [field.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ")

  return (
    <div
      className="grid grid-cols-1 gap-x-4 gap-y-1 py-2 sm:grid-cols-[minmax(0,1fr)_auto]"
      data-testid={`recommendations-setting-${field.path}`}
      data-overridden={overridden}
    >
      <div className="flex flex-col gap-y-0.5">
        <div className="flex items-center gap-x-2">
          <Label htmlFor={id} size="small" weight="plus">
            {field.label}
          </Label>
          {unsaved && (
            <span
              className="bg-ui-tag-orange-icon size-1.5 rounded-full"
              title="Not saved yet"
              aria-label="Not saved yet"
            />
          )}
          {overridden && (
            <Tooltip content={`Default: ${describe(field.defaultValue)}`}>
              <Badge size="2xsmall" color="blue" data-testid="recommendations-setting-overridden">
                Overrides default
              </Badge>
            </Tooltip>
          )}
        </div>
        {field.hint && (
          <Text id={hintId} size="xsmall" className="text-ui-fg-muted">
            {field.hint}
          </Text>
        )}
        {error && (
          <Text id={errorId} size="xsmall" className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
      </div>
      <div className="flex items-center gap-x-1 sm:justify-end">
        {field.kind === "boolean" ? (
          <Switch
            id={id}
            name={field.path}
            checked={entry === true}
            onCheckedChange={onChange}
            aria-describedby={describedBy || undefined}
          />
        ) : (
          <Input
            id={id}
            name={field.path}
            type="number"
            size="small"
            inputMode="decimal"
            className={clx("w-[112px] tabular-nums")}
            min={field.min}
            max={field.max}
            // Any decimal is valid: a step would make the browser flag values between its ticks.
            step={field.integer ? 1 : "any"}
            placeholder={field.nullable ? "None" : undefined}
            value={typeof entry === "string" ? entry : ""}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy || undefined}
          />
        )}
        <Tooltip content={`Use the default (${describe(field.defaultValue)})`}>
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={`Use the default for ${field.label}`}
            disabled={!overridden}
            className={clx(!overridden && "invisible")}
            onClick={() =>
              onChange(
                typeof field.defaultValue === "boolean"
                  ? field.defaultValue
                  : field.defaultValue === null
                    ? ""
                    : String(field.defaultValue)
              )
            }
          >
            <ArrowUturnLeft />
          </IconButton>
        </Tooltip>
      </div>
    </div>
  )
}
