import { Alert, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { FetchError } from "@medusajs/js-sdk"
import type { UseQueryResult } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import type { AdminRecommendationSettingsResponse } from "../../../types/http"
import {
  useResetRecommendationSettings,
  useSaveRecommendationSettings,
} from "../../hooks/use-recommendation-settings"
import type { SettingsDraftState } from "../../hooks/use-settings-draft"
import { formatDateTime, formatQuantity } from "../../lib/format"
import { countOverrides, fieldErrorsFromMessage } from "../../lib/settings-form"
import { SectionHeader } from "../common/section-header"
import { EmptyState, ErrorState, SectionSkeleton } from "../common/section-states"
import { SettingField } from "./setting-field"

type SettingsSectionProps = {
  settings: UseQueryResult<AdminRecommendationSettingsResponse, Error>
  form: SettingsDraftState
}

type ServerErrors = { fields: Record<string, string>; general: string[] }

const NO_SERVER_ERRORS: ServerErrors = { fields: {}, general: [] }

/** The ranking settings, edited over the plugin options' defaults; the preview shows the draft. */
export const SettingsSection = ({ settings, form }: SettingsSectionProps) => {
  const save = useSaveRecommendationSettings()
  const reset = useResetRecommendationSettings()
  const prompt = usePrompt()
  const [serverErrors, setServerErrors] = useState<ServerErrors>(NO_SERVER_ERRORS)
  const saved = settings.data
  const savedOverrideCount = saved ? countOverrides(saved.overrides) : 0
  const invalid = Object.keys(form.errors).length > 0

  const showError = (title: string, error: Error) => {
    if (error instanceof FetchError && error.status === 400) {
      setServerErrors(
        fieldErrorsFromMessage(
          error.message,
          form.groups.flatMap((group) => group.fields.map((field) => field.path))
        )
      )
    }
    toast.error(title, { description: error.message })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setServerErrors(NO_SERVER_ERRORS)
    save.mutate(form.overrides, {
      onSuccess: () =>
        toast.success("Settings saved", { description: "Every list ranks with them from now on." }),
      onError: (error) => showError("Settings not saved", error),
    })
  }

  const onReset = async () => {
    const confirmed = await prompt({
      title: "Reset to defaults?",
      description:
        "Every saved setting is dropped and the plugin options' defaults apply again, in every list.",
      confirmText: "Reset",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    setServerErrors(NO_SERVER_ERRORS)
    reset.mutate(undefined, {
      onSuccess: () =>
        toast.success("Settings reset", { description: "The defaults apply again." }),
      onError: (error) => showError("Settings not reset", error),
    })
  }

  const onFieldChange = (path: string, value: string | boolean) => {
    form.setField(path, value)
    if (serverErrors.fields[path]) {
      const { [path]: _fixed, ...rest } = serverErrors.fields
      setServerErrors({ ...serverErrors, fields: rest })
    }
  }

  return (
    <Container className="divide-y p-0" aria-labelledby="recommendations-settings-heading">
      <SectionHeader
        headingId="recommendations-settings-heading"
        title="Ranking settings"
        description={
          savedOverrideCount
            ? `${formatQuantity(savedOverrideCount, "value overrides", "values override")} the defaults${
                saved?.updated_at ? ` · saved ${formatDateTime(saved.updated_at)}` : ""
              }`
            : "Every value comes from the plugin options' defaults."
        }
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={onReset}
            isLoading={reset.isPending}
            disabled={!saved || savedOverrideCount === 0}
            data-testid="recommendations-settings-reset"
          >
            Reset to defaults
          </Button>
        }
      />
      {settings.isPending && <SectionSkeleton rows={8} />}
      {settings.isError && (
        <ErrorState
          title="Could not load the settings"
          error={settings.error}
          onRetry={settings.refetch}
        />
      )}
      {saved && !form.groups.length && (
        <EmptyState
          title="No settings"
          message="This version of the plugin has no ranking settings."
        />
      )}
      {saved && form.groups.length > 0 && (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-labelledby="recommendations-settings-heading"
          data-testid="recommendations-settings-form"
          className="divide-y"
        >
          {serverErrors.general.length > 0 && (
            <div className="px-6 py-4">
              <Alert variant="error" data-testid="recommendations-settings-error">
                {serverErrors.general.join(" ")}
              </Alert>
            </div>
          )}
          {form.groups.map((group) => (
            <fieldset
              key={group.key}
              className="px-6 py-4"
              data-testid={`recommendations-settings-group-${group.key}`}
            >
              <legend className="contents">
                <Heading level="h3">{group.label}</Heading>
              </legend>
              {group.hint && (
                <Text size="small" className="text-ui-fg-subtle mb-2">
                  {group.hint}
                </Text>
              )}
              <div className="divide-y divide-dashed">
                {group.fields.map((field) => (
                  <SettingField
                    key={field.path}
                    field={field}
                    entry={form.draft[field.path] ?? ""}
                    value={form.values[field.group]?.[field.key]}
                    savedValue={form.savedValues[field.group]?.[field.key] ?? null}
                    error={form.errors[field.path] ?? serverErrors.fields[field.path]}
                    onChange={(value) => onFieldChange(field.path, value)}
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <div className="bg-ui-bg-base sticky bottom-0 flex items-center justify-between gap-x-2 rounded-b-xl px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
              {form.changeCount
                ? `${formatQuantity(form.changeCount, "unsaved change", "unsaved changes")} · the preview shows them`
                : "No unsaved changes"}
            </Text>
            <div className="flex gap-x-2">
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={form.discard}
                disabled={!form.changeCount && !invalid}
              >
                Discard
              </Button>
              <Button
                type="submit"
                size="small"
                isLoading={save.isPending}
                disabled={invalid || !form.changeCount}
                data-testid="recommendations-settings-save"
              >
                Save
              </Button>
            </div>
          </div>
        </form>
      )}
    </Container>
  )
}
