import { useCallback, useEffect, useMemo, useState } from "react"
import type { AdminRecommendationSettingsResponse } from "../../types/http"
import {
  countOverrides,
  draftFromSettings,
  overridesAgainst,
  readDraft,
  settingsGroups,
  type SettingsDraft,
  type SettingsValues,
} from "../lib/settings-form"

/**
 * The settings form's unsaved state, shared by the form and the preview (which ranks with it).
 * It starts from, and returns to, the saved settings whenever they change (load, save, reset).
 */
export function useSettingsDraft(saved: AdminRecommendationSettingsResponse | undefined) {
  const groups = useMemo(
    () => (saved ? settingsGroups(saved.settings, saved.defaults) : []),
    [saved]
  )
  const [draft, setDraft] = useState<SettingsDraft>({})
  useEffect(() => {
    if (saved) {
      setDraft(draftFromSettings(groups, saved.settings))
    }
  }, [saved, groups])

  const { values, errors } = useMemo(() => readDraft(groups, draft), [groups, draft])
  const changes = useMemo(
    () => (saved ? overridesAgainst(values, saved.settings) : {}),
    [saved, values]
  )

  const setField = useCallback(
    (path: string, value: string | boolean) =>
      setDraft((current) => ({ ...current, [path]: value })),
    []
  )
  const discard = useCallback(() => {
    if (saved) {
      setDraft(draftFromSettings(groups, saved.settings))
    }
  }, [saved, groups])

  const savedValues: SettingsValues = saved?.settings ?? {}

  return {
    groups,
    /** The saved settings, by group and key. */
    savedValues,
    draft,
    values,
    /** Messages of fields that cannot be read (not a number, out of range). */
    errors,
    /** What the draft changes from the live settings: the preview's `settings`. */
    changes,
    changeCount: countOverrides(changes),
    /** What to save: every value that differs from the plugin options' defaults. */
    overrides: saved ? overridesAgainst(values, saved.defaults) : {},
    setField,
    discard,
  }
}

export type SettingsDraftState = ReturnType<typeof useSettingsDraft>
