import type { BlendWeights } from "../personalize/personalized-recommender"

/**
 * Everything that shapes the evaluated recommenders, in one serializable object: what the CLI
 * tunes and prints, and what a store can copy into its options.
 */
export type HybridSettings = {
  /** Co-occurrence (item-kNN): neighbours kept per item and the cosine shrinkage. */
  collaborative: { neighbours: number; shrinkage: number }
  /** Transitions: how far ahead counts, the per-step decay, list size and shrinkage. */
  sequential: { window: number; gapDecay: number; neighbours: number; shrinkage: number }
  /** Embedding neighbours kept per item. */
  semantic: { neighbours: number }
  /** History weighting (see weightHistory); temperature 0 turns the attention off. */
  history: {
    maxItems: number
    recencyHalfLife: number
    attentionTemperature: number
    attentionWindow: number
  }
  weights: BlendWeights
  /** MMR re-rank of the top `candidates` (see rerankMmr). */
  diversity: { lambda: number; candidates: number }
}

/** Untuned starting point; `evaluate --tune` searches around it. */
export const DEFAULT_HYBRID_SETTINGS: HybridSettings = {
  collaborative: { neighbours: 100, shrinkage: 10 },
  sequential: { window: 3, gapDecay: 0.5, neighbours: 100, shrinkage: 10 },
  semantic: { neighbours: 100 },
  history: { maxItems: 50, recencyHalfLife: 2, attentionTemperature: 0.1, attentionWindow: 3 },
  weights: { semantic: 1, collaborative: 1, sequential: 1, popularity: 0.05 },
  diversity: { lambda: 0.7, candidates: 30 },
}
