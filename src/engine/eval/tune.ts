import type { HybridSettings } from "./hybrid-settings"

/** A setting to search: its dotted path in HybridSettings and the values to try. */
export type TunedParameter = { path: string; values: readonly number[] }

export type TuneStep = { path: string; value: number; objective: number; best: number }

export type TuneOptions = {
  /** Passes over all parameters at most; the search stops early when a pass changes nothing. */
  rounds: number
  /** A change must improve the objective by this fraction to be taken (guards against noise). */
  minRelativeGain: number
  onStep?: (step: TuneStep) => void
}

/**
 * Coordinate ascent: for each parameter in turn, tries every value with the others fixed and
 * keeps the best, until a full pass improves nothing. Cheap (Σ values per pass), deterministic,
 * and good enough when parameters interact mildly, as these do. Returns the best settings and
 * their objective.
 */
export function coordinateAscent(
  initial: HybridSettings,
  parameters: readonly TunedParameter[],
  objective: (settings: HybridSettings) => number,
  options: TuneOptions
): { settings: HybridSettings; objective: number } {
  let best = initial
  let bestObjective = objective(initial)
  for (let round = 0; round < options.rounds; round++) {
    let changed = false
    for (const parameter of parameters) {
      const current = readSetting(best, parameter.path)
      let roundBest = best
      let roundObjective = bestObjective
      for (const value of parameter.values) {
        if (value === current) continue
        const candidate = withSetting(best, parameter.path, value)
        const score = objective(candidate)
        options.onStep?.({ path: parameter.path, value, objective: score, best: roundObjective })
        if (score > roundObjective * (1 + options.minRelativeGain)) {
          roundBest = candidate
          roundObjective = score
        }
      }
      if (roundBest !== best) {
        best = roundBest
        bestObjective = roundObjective
        changed = true
      }
    }
    if (!changed) break
  }
  return { settings: best, objective: bestObjective }
}

type SettingsNode = { [key: string]: SettingsNode | number }

/** The number at a dotted path ("weights.semantic"); throws on a path that is not a number. */
export function readSetting(settings: HybridSettings, path: string): number {
  let node: SettingsNode | number = settings as unknown as SettingsNode
  for (const key of path.split(".")) {
    if (typeof node === "number" || !(key in node)) throw new Error(`Unknown setting ${path}`)
    node = node[key]
  }
  if (typeof node !== "number") throw new Error(`Setting ${path} is not a number`)
  return node
}

/** A copy of `settings` with the number at `path` replaced. */
export function withSetting(settings: HybridSettings, path: string, value: number): HybridSettings {
  readSetting(settings, path)
  const copy = structuredClone(settings)
  const keys = path.split(".")
  let node = copy as unknown as SettingsNode
  for (const key of keys.slice(0, -1)) node = node[key] as SettingsNode
  node[keys[keys.length - 1]] = value
  return copy
}
