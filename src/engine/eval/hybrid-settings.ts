import type { BlendWeights } from "../personalize/personalized-recommender"
import { DEFAULT_MMR_KEEP_TOP, DEFAULT_MMR_LAMBDA } from "../rerank/mmr"

/**
 * Everything that shapes the evaluated recommenders, in one serializable object: what the CLI
 * tunes and prints, and what a store can copy into its options.
 */
export type HybridSettings = {
  /** Co-occurrence (item-kNN): neighbours kept per item and the cosine shrinkage. */
  collaborative: { neighbours: number; shrinkage: number }
  /** Transitions: how far ahead counts, the per-step decay, list size and shrinkage. */
  sequential: { window: number; gapDecay: number; neighbours: number; shrinkage: number }
  /** Embedding neighbours kept per item, and the exponent their cosines are raised to. */
  semantic: { neighbours: number; exponent: number }
  /** History weighting (see weightHistory); temperature 0 turns the attention off. */
  history: {
    maxItems: number
    recencyHalfLife: number
    attentionTemperature: number
    attentionWindow: number
  }
  weights: BlendWeights
  /** MMR re-rank of the top `candidates`, the best `keepTop` kept in place (see rerankMmr). */
  diversity: { lambda: number; keepTop: number; candidates: number }
}

/**
 * What `evaluate --tune` chose for the hybrid on amazon-beauty (bench/RESULTS.md): the
 * defaults of the engine and the starting point of the next tuning.
 */
export const DEFAULT_HYBRID_SETTINGS: HybridSettings = {
  collaborative: { neighbours: 400, shrinkage: 100 },
  sequential: { window: 5, gapDecay: 0.5, neighbours: 100, shrinkage: 50 },
  semantic: { neighbours: 200, exponent: 16 },
  history: { maxItems: 50, recencyHalfLife: 1, attentionTemperature: 0, attentionWindow: 3 },
  weights: { semantic: 0.75, collaborative: 1, sequential: 1, popularity: 0.2 },
  diversity: { lambda: DEFAULT_MMR_LAMBDA, keepTop: DEFAULT_MMR_KEEP_TOP, candidates: 50 },
}
