import type { ItemId } from "../types"
import { catalogCoverage, intraListDiversity, type ItemSimilarity } from "./beyond-accuracy"
import {
  hitRateAtK,
  mrrAtK,
  ndcgAtK,
  type ListMetricFunction,
  type Relevance,
} from "./ranking-metrics"

/** One evaluated shopper: what was relevant and what the model ranked, best first. */
export type EvaluatedList = { relevant: Relevance; ranked: readonly ItemId[] }

/** Everything a metric may need; `similarity` only for the diversity metric. */
export type MetricInput = {
  lists: readonly EvaluatedList[]
  k: number
  catalogSize: number
  similarity?: ItemSimilarity
}

export type Metric = {
  /** Shown with the cut-off, e.g. "ndcg@10". */
  label: (k: number) => string
  description: string
  range: readonly [number, number]
  higherIsBetter: boolean
  /** Whether `similarity` must be given. */
  needsSimilarity: boolean
  compute(input: MetricInput): number
}

/** The mean of a per-list metric over the shoppers: how accuracy metrics are reported. */
function meanOf(metric: ListMetricFunction): Metric["compute"] {
  return ({ lists, k }) =>
    lists.length
      ? lists.reduce((sum, list) => sum + metric(list.relevant, list.ranked, k), 0) / lists.length
      : 0
}

/** The metrics by name (RecBole and Microsoft Recommenders keep the same kind of registry). */
export const METRICS = {
  hr: {
    label: (k) => `hr@${k}`,
    description: "Hit rate: share of shoppers with a relevant item in the top K (hitRateAtK).",
    range: [0, 1],
    higherIsBetter: true,
    needsSimilarity: false,
    compute: meanOf(hitRateAtK),
  },
  ndcg: {
    label: (k) => `ndcg@${k}`,
    description: "Mean normalized discounted cumulative gain at K (ndcgAtK).",
    range: [0, 1],
    higherIsBetter: true,
    needsSimilarity: false,
    compute: meanOf(ndcgAtK),
  },
  mrr: {
    label: (k) => `mrr@${k}`,
    description: "Mean reciprocal rank of the first relevant item within the top K (mrrAtK).",
    range: [0, 1],
    higherIsBetter: true,
    needsSimilarity: false,
    compute: meanOf(mrrAtK),
  },
  coverage: {
    label: () => "coverage",
    description: "Share of the catalog in at least one top-K list (catalogCoverage).",
    range: [0, 1],
    higherIsBetter: true,
    needsSimilarity: false,
    compute: ({ lists, catalogSize, k }) =>
      catalogCoverage(
        lists.map((list) => list.ranked),
        catalogSize,
        k
      ),
  },
  intra_list_diversity: {
    label: () => "intra_list_diversity",
    description:
      "Mean over shoppers of 1 − mean pairwise cosine of the top K (intraListDiversity).",
    range: [0, 2],
    higherIsBetter: true,
    needsSimilarity: true,
    compute: ({ lists, k, similarity }) => {
      if (!similarity) throw new Error("intra_list_diversity needs an item similarity")
      return lists.length
        ? lists.reduce((sum, list) => sum + intraListDiversity(list.ranked, similarity, k), 0) /
            lists.length
        : 0
    },
  },
} satisfies Record<string, Metric>

export type MetricName = keyof typeof METRICS

/** Computes the named metrics; the result is keyed by label ("ndcg@10", "coverage"...). */
export function computeMetrics(
  names: readonly MetricName[],
  input: MetricInput
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const name of names) out[METRICS[name].label(input.k)] = METRICS[name].compute(input)
  return out
}
