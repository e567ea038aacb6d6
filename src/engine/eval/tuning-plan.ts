import { DEFAULT_HYBRID_SETTINGS, type HybridSettings } from "./hybrid-settings"
import type { EvaluatedModel, OfflineEvaluation } from "./offline-evaluation"
import { coordinateAscent, type TuneStep, type TunedParameter } from "./tune"

const HISTORY: TunedParameter[] = [
  { path: "history.recencyHalfLife", values: [0.5, 1, 2, 3, 5, 10] },
]
const COLLABORATIVE: TunedParameter[] = [
  { path: "collaborative.shrinkage", values: [0, 5, 10, 20, 50, 100, 200] },
  { path: "collaborative.neighbours", values: [50, 100, 200, 400] },
]
const SEQUENTIAL: TunedParameter[] = [
  { path: "weights.sequential", values: [0.25, 0.5, 1, 1.5, 2, 3] },
  { path: "sequential.shrinkage", values: [0, 5, 10, 20, 50, 100, 200] },
  { path: "sequential.window", values: [1, 2, 3, 5, 8] },
  { path: "sequential.gapDecay", values: [0.25, 0.5, 0.75, 1] },
  { path: "sequential.neighbours", values: [50, 100, 200] },
]
const SEMANTIC: TunedParameter[] = [
  { path: "semantic.exponent", values: [1, 2, 4, 8, 16, 32] },
  { path: "semantic.neighbours", values: [20, 50, 100, 200, 300] },
  { path: "history.attentionTemperature", values: [0, 0.05, 0.1, 0.2, 0.5] },
]
const BLEND: TunedParameter[] = [
  { path: "weights.semantic", values: [0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5] },
  { path: "weights.popularity", values: [0, 0.05, 0.1, 0.2, 0.35, 0.5] },
]

/** The largest semantic neighbour list any tuned setting uses: build (and cache) this many. */
export const MAX_SEMANTIC_NEIGHBOURS = 300

/**
 * What is tuned for each model, on the validation split, each with the same coordinate ascent.
 * The single-source baselines get their own search, so the hybrid is compared with tuned
 * baselines, not with defaults.
 */
export const TUNING_PLAN: Record<"cf" | "cf+sequential" | "semantic", TunedParameter[]> = {
  cf: [...HISTORY, ...COLLABORATIVE],
  "cf+sequential": [...SEQUENTIAL, ...HISTORY, ...COLLABORATIVE],
  semantic: [...SEMANTIC, ...HISTORY],
}
const HYBRID_PLAN: TunedParameter[] = [
  ...BLEND,
  ...HISTORY,
  ...SEMANTIC,
  ...SEQUENTIAL,
  ...COLLABORATIVE,
]

/** The MMR settings tried: how many top items stay in place, and λ from mild to strong. */
export const DIVERSITY_GRID = { keepTop: [0, 2, 4, 6], lambda: [0.8, 0.7, 0.6, 0.5, 0.4] }

export type TunedSettings = Record<
  Exclude<EvaluatedModel, "popularity" | "hybrid+diversity">,
  HybridSettings
>

export type TuningProgress = (model: EvaluatedModel, step: TuneStep) => void

/**
 * Tunes every model on a validation split: the baselines first, then the hybrid, which starts
 * from the tuned behavioural and semantic settings combined, then the diversity trade-off.
 */
export function tuneOnValidation(
  validation: OfflineEvaluation,
  options: { k: number; maxNdcgLoss: number; onStep?: TuningProgress }
): { settings: TunedSettings; diversity: DiversityChoice } {
  const tune = (model: EvaluatedModel, initial: HybridSettings, plan: TunedParameter[]) =>
    coordinateAscent(initial, plan, (settings) => validation.ndcg(model, settings, options.k), {
      rounds: 2,
      minRelativeGain: 0.002,
      onStep: (step) => options.onStep?.(model, step),
    }).settings
  const cf = tune("cf", DEFAULT_HYBRID_SETTINGS, TUNING_PLAN.cf)
  const behaviour = tune("cf+sequential", cf, TUNING_PLAN["cf+sequential"])
  const semantic = tune("semantic", DEFAULT_HYBRID_SETTINGS, TUNING_PLAN.semantic)
  const combined: HybridSettings = {
    ...behaviour,
    semantic: semantic.semantic,
    history: { ...behaviour.history, attentionTemperature: semantic.history.attentionTemperature },
  }
  const hybrid = tune("hybrid", combined, HYBRID_PLAN)
  const diversity = chooseDiversity(validation, hybrid, options)
  return {
    settings: {
      cf,
      "cf+sequential": behaviour,
      semantic,
      hybrid: { ...hybrid, diversity: diversity.settings },
    },
    diversity,
  }
}

export type DiversityChoice = {
  /** The chosen re-rank; lambda 1 means none qualified. */
  settings: HybridSettings["diversity"]
  /** Validation NDCG and intra-list diversity without and with the chosen re-rank. */
  baseline: { ndcg: number; diversity: number }
  chosen: { ndcg: number; diversity: number }
}

/**
 * The MMR setting with the most intra-list diversity whose validation NDCG stays within
 * `maxNdcgLoss` (a fraction) of the hybrid without re-ranking. Each λ series stops at the first
 * value over the budget, since a lower λ only costs more.
 */
export function chooseDiversity(
  validation: OfflineEvaluation,
  hybrid: HybridSettings,
  options: { k: number; maxNdcgLoss: number }
): DiversityChoice {
  const measure = (model: EvaluatedModel, settings: HybridSettings) => {
    const metrics = validation.evaluate(model, settings, { k: options.k })
    return { ndcg: metrics[`ndcg@${options.k}`], diversity: metrics.intra_list_diversity }
  }
  const baseline = measure("hybrid", hybrid)
  const candidates = hybrid.diversity.candidates
  let choice: DiversityChoice = {
    settings: { lambda: 1, keepTop: 0, candidates },
    baseline,
    chosen: baseline,
  }
  for (const keepTop of DIVERSITY_GRID.keepTop) {
    for (const lambda of DIVERSITY_GRID.lambda) {
      const diversity = { lambda, keepTop, candidates }
      const result = measure("hybrid+diversity", { ...hybrid, diversity })
      if (result.ndcg < baseline.ndcg * (1 - options.maxNdcgLoss)) break
      if (result.diversity > choice.chosen.diversity) {
        choice = { settings: diversity, baseline, chosen: result }
      }
    }
  }
  return choice
}
