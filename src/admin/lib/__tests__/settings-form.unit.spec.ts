import {
  draftFromSettings,
  fieldErrorsFromMessage,
  overridesAgainst,
  readDraft,
  settingsGroups,
  type SettingsValues,
} from "../settings-form"

const defaults: SettingsValues = {
  fusion: { search_query: 1, personalized_semantic: 1 },
  diversity: { personalized: 0.4, similar: 0.2, max_per_category: null },
  fallback: { enabled: true },
  extra: { unknown_knob: 3 },
}
const settings: SettingsValues = {
  ...defaults,
  diversity: { personalized: 0.6, similar: 0.2, max_per_category: 3 },
}

describe("settingsGroups", () => {
  const groups = settingsGroups(settings, defaults)
  const field = (path: string) =>
    groups.flatMap((group) => group.fields).find((entry) => entry.path === path)

  it("makes a group per top-level key and a field per value, in order", () => {
    expect(groups.map((group) => group.key)).toEqual(["fusion", "diversity", "fallback", "extra"])
    expect(groups[1].fields.map((entry) => entry.key)).toEqual([
      "personalized",
      "similar",
      "max_per_category",
    ])
  })

  it("reads kinds, limits and defaults from the value, the limits map and its wildcards", () => {
    expect(field("fallback.enabled")).toMatchObject({ kind: "boolean", defaultValue: true })
    expect(field("diversity.max_per_category")).toMatchObject({
      kind: "number",
      nullable: true,
      integer: true,
      min: 1,
      max: 50,
      defaultValue: null,
    })
    expect(field("fusion.search_query")).toMatchObject({ min: 0, max: 10, nullable: false })
    expect(field("extra.unknown_knob")).toMatchObject({
      label: "Unknown knob",
      min: 0,
      max: undefined,
    })
  })
})

describe("readDraft", () => {
  const groups = settingsGroups(settings, defaults)
  const draft = draftFromSettings(groups, settings)

  it("reads the saved settings back unchanged", () => {
    expect(draft["diversity.max_per_category"]).toBe("3")
    expect(readDraft(groups, draft)).toEqual({ values: settings, errors: {} })
  })

  it("names every field it cannot read, and leaves it out of the values", () => {
    const { values, errors } = readDraft(groups, {
      ...draft,
      "diversity.similar": "1.5",
      "diversity.personalized": "",
      "diversity.max_per_category": "2.5",
      "fusion.search_query": "abc",
    })
    expect(errors).toEqual({
      "diversity.similar": "Between 0 and 1.",
      "diversity.personalized": "Enter a number.",
      "diversity.max_per_category": "Enter a whole number.",
      "fusion.search_query": "Enter a number.",
    })
    expect(values.diversity).toBeUndefined()
    expect(values.fusion).toEqual({ personalized_semantic: 1 })
  })

  it("reads an empty nullable number as null", () => {
    const { values } = readDraft(groups, { ...draft, "diversity.max_per_category": "" })
    expect(values.diversity.max_per_category).toBeNull()
  })
})

describe("overridesAgainst", () => {
  it("keeps only the values that differ from the base, by group", () => {
    const values = { ...settings, fallback: { enabled: false } }
    expect(overridesAgainst(values, defaults)).toEqual({
      diversity: { personalized: 0.6, max_per_category: 3 },
      fallback: { enabled: false },
    })
    expect(overridesAgainst(defaults, defaults)).toEqual({})
  })
})

describe("fieldErrorsFromMessage", () => {
  const paths = ["diversity.similar", "diversity.personalized", "fusion.search_query"]

  it("puts each part of a validation message on the field it names", () => {
    const message =
      "Invalid request: Value for field 'diversity, similar' too big, expected at most: '1'; " +
      "fusion.search_query: must be at most 10; Unrecognized fields: 'colour'"
    expect(fieldErrorsFromMessage(message, paths)).toEqual({
      fields: {
        "diversity.similar": "Value for field 'diversity, similar' too big, expected at most: '1'",
        "fusion.search_query": "fusion.search_query: must be at most 10",
      },
      general: ["Unrecognized fields: 'colour'"],
    })
  })
})
