// The settings form's model: fields read from the settings object itself (groups = its top-level
// keys), the text the admin types, and what is saved or previewed. Pure, no React.
import { humanize } from "./format"

export type SettingValue = number | boolean | null
/** Settings by group, then by key: the shape of GET /admin/recommendations/settings. */
export type SettingsValues = Record<string, Record<string, SettingValue>>
/** Part of the settings, as POST /admin/recommendations/settings and the preview take it. */
export type SettingsOverrides = Record<string, Record<string, SettingValue>>

type FieldLimits = {
  label?: string
  hint?: string
  min?: number
  max?: number
  integer?: boolean
  /** Empty means "none" (sent as null). */
  nullable?: boolean
}

// Labels and limits of the settings known today, matching the API's validation; "group.*" and
// "group.prefix_*" cover a group's keys. A key not listed gets a plain number input (min 0).
const FIELD_LIMITS: Record<string, FieldLimits> = {
  "fusion.similar_popularity": {
    label: "Similar: popularity share",
    hint: "Share of a similar list's score given to popularity (0–1).",
    min: 0,
    max: 1,
  },
  "fusion.similar_evidence_half_point": {
    label: "Similar: behaviour half point",
    hint: "Shoppers behind a pair at which behaviour weighs as much as meaning.",
    min: 0.1,
    max: 1000,
  },
  "fusion.personalized_*": {
    hint: "Weight of this source in personalized lists (0 turns it off).",
    min: 0,
    max: 10,
  },
  "fusion.search_*": {
    hint: "Weight of this signal in search (0–10).",
    min: 0,
    max: 10,
  },
  "diversity.personalized": {
    hint: "0 ranks by relevance alone; higher values spread the list.",
    min: 0,
    max: 1,
  },
  "diversity.similar": {
    hint: "Variety of the similar and search lists (0–1).",
    min: 0,
    max: 1,
  },
  "diversity.max_per_category": {
    label: "Max per category",
    hint: "At most this many products of one category. Empty: no cap.",
    min: 1,
    max: 50,
    integer: true,
    nullable: true,
  },
  "fallback.enabled": { label: "Top up short lists", hint: "With neighbours, trending or newest." },
  "fallback.*": { hint: "Weight in the fallback ranking (0–1).", min: 0, max: 1 },
  "event_weights.*": {
    hint: "What this event counts for, relative to a purchase (0–10).",
    min: 0,
    max: 10,
  },
}

const GROUP_HINTS: Record<string, string> = {
  fusion: "How meaning, behaviour and popularity blend into one score.",
  diversity: "How much the lists spread over different products.",
  fallback: "What fills a list when too few products qualify.",
  event_weights: "How shopper events teach what goes together.",
}

export type SettingField = {
  /** "group.key" */
  path: string
  group: string
  key: string
  kind: "number" | "boolean"
  nullable: boolean
  integer: boolean
  label: string
  hint?: string
  min?: number
  max?: number
  defaultValue: SettingValue
}

export type SettingsGroup = { key: string; label: string; hint?: string; fields: SettingField[] }

/** The text and switches of the form, by "group.key": numbers stay text while being typed. */
export type SettingsDraft = Record<string, string | boolean>

function limitsFor(group: string, key: string): FieldLimits {
  const path = `${group}.${key}`
  if (FIELD_LIMITS[path]) {
    return FIELD_LIMITS[path]
  }
  // The longest matching wildcard wins: "fusion.search_*" before "fusion.*".
  const wildcard = Object.keys(FIELD_LIMITS)
    .filter((pattern) => pattern.endsWith("*") && path.startsWith(pattern.slice(0, -1)))
    .sort((a, b) => b.length - a.length)[0]
  return wildcard ? FIELD_LIMITS[wildcard] : { min: 0 }
}

/** The form's groups and fields, in the settings object's order. */
export function settingsGroups(
  settings: SettingsValues,
  defaults: SettingsValues
): SettingsGroup[] {
  return Object.entries(settings).map(([group, values]) => ({
    key: group,
    label: humanize(group),
    hint: GROUP_HINTS[group],
    fields: Object.entries(values).map(([key, value]) => {
      const limits = limitsFor(group, key)
      const defaultValue = defaults[group]?.[key] ?? null
      return {
        path: `${group}.${key}`,
        group,
        key,
        kind: typeof value === "boolean" ? "boolean" : "number",
        nullable: Boolean(limits.nullable) || value === null || defaultValue === null,
        integer: Boolean(limits.integer),
        label: limits.label ?? humanize(key),
        hint: limits.hint,
        min: limits.min,
        max: limits.max,
        defaultValue,
      }
    }),
  }))
}

export function draftFromSettings(
  groups: SettingsGroup[],
  settings: SettingsValues
): SettingsDraft {
  const draft: SettingsDraft = {}
  for (const field of groups.flatMap((group) => group.fields)) {
    const value = settings[field.group]?.[field.key] ?? null
    draft[field.path] = typeof value === "boolean" ? value : value === null ? "" : String(value)
  }
  return draft
}

type FieldReading = { value: SettingValue } | { error: string }

function readNumber(field: SettingField, text: string): FieldReading {
  if (text.trim() === "") {
    return field.nullable ? { value: null } : { error: "Enter a number." }
  }
  const value = Number(text)
  if (!Number.isFinite(value)) {
    return { error: "Enter a number." }
  }
  if (field.integer && !Number.isInteger(value)) {
    return { error: "Enter a whole number." }
  }
  if (
    (field.min !== undefined && value < field.min) ||
    (field.max !== undefined && value > field.max)
  ) {
    return {
      error:
        field.max === undefined
          ? `At least ${field.min}.`
          : `Between ${field.min ?? "–∞"} and ${field.max}.`,
    }
  }
  return { value }
}

/** The draft as settings, and a message per field the admin must fix first. */
export function readDraft(
  groups: SettingsGroup[],
  draft: SettingsDraft
): { values: SettingsValues; errors: Record<string, string> } {
  const values: SettingsValues = {}
  const errors: Record<string, string> = {}
  for (const field of groups.flatMap((group) => group.fields)) {
    const entry = draft[field.path]
    const read: FieldReading =
      typeof entry === "boolean" ? { value: entry } : readNumber(field, entry ?? "")
    if ("error" in read) {
      errors[field.path] = read.error
    } else {
      values[field.group] = { ...values[field.group], [field.key]: read.value }
    }
  }
  return { values, errors }
}

/** The values of `values` that differ from `base`, by group: what to save or preview. */
export function overridesAgainst(values: SettingsValues, base: SettingsValues): SettingsOverrides {
  const overrides: SettingsOverrides = {}
  for (const [group, entries] of Object.entries(values)) {
    for (const [key, value] of Object.entries(entries)) {
      if (base[group]?.[key] !== value) {
        overrides[group] = { ...overrides[group], [key]: value }
      }
    }
  }
  return overrides
}

/** How many values a (partial) settings object sets. */
export function countOverrides(overrides: Readonly<Record<string, object | undefined>>): number {
  return Object.values(overrides).reduce((sum, group) => sum + Object.keys(group ?? {}).length, 0)
}

/**
 * Splits a 400 message ("Invalid request: Value for field 'diversity, similar' too big...; ...")
 * into messages on the fields it names; the rest is shown above the form.
 */
export function fieldErrorsFromMessage(
  message: string,
  paths: readonly string[]
): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {}
  const general: string[] = []
  const parts = message
    .replace(/^Invalid request:\s*/, "")
    .split(/;\s*/)
    .filter(Boolean)
  for (const part of parts) {
    const path = paths.find((candidate) => {
      const [group, key] = candidate.split(".")
      return part.includes(candidate) || part.includes(`${group}, ${key}`)
    })
    if (path) {
      fields[path] = fields[path] ? `${fields[path]}; ${part}` : part
    } else {
      general.push(part)
    }
  }
  return { fields, general }
}
