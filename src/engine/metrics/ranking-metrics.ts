import type { ItemId } from "../types"

/**
 * What the shopper actually interacted with: a set (every item has gain 1) or graded gains per
 * item (e.g. 3 = bought, 1 = viewed). Items absent have gain 0.
 */
export type Relevance = ReadonlySet<ItemId> | ReadonlyMap<ItemId, number>

/** The signature every per-list metric shares: relevance, the ranked ids (best first), and K. */
export type ListMetricFunction = (
  relevant: Relevance,
  ranked: readonly ItemId[],
  k: number
) => number

/**
 * Hit rate at K: 1 if any relevant item is in the top K, else 0. Range [0, 1]. With one held-out
 * item per shopper (leave-last-out) it equals recall@K.
 * Citation: Deshpande & Karypis, "Item-based top-N recommendation algorithms", TOIS 2004.
 */
export const hitRateAtK: ListMetricFunction = (relevant, ranked, k) => {
  for (let rank = 0; rank < Math.min(k, ranked.length); rank++) {
    if (gain(relevant, ranked[rank]) > 0) return 1
  }
  return 0
}

/**
 * Normalized discounted cumulative gain at K, with linear gains:
 *   DCG@K = Σ_{r=1..K} gain(item at r) / log2(r + 1),  NDCG@K = DCG@K / IDCG@K
 * where IDCG@K is the DCG of the K largest gains. Range [0, 1]; 0 when nothing is relevant.
 * Citation: Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques", TOIS 2002.
 */
export const ndcgAtK: ListMetricFunction = (relevant, ranked, k) => {
  let dcg = 0
  for (let rank = 0; rank < Math.min(k, ranked.length); rank++) {
    dcg += gain(relevant, ranked[rank]) / Math.log2(rank + 2)
  }
  const ideal = gains(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
  const idcg = ideal.reduce((sum, value, rank) => sum + value / Math.log2(rank + 2), 0)
  return idcg > 0 ? dcg / idcg : 0
}

/**
 * Mean reciprocal rank at K (per list): 1 / rank of the first relevant item within the top K,
 * else 0. Range [0, 1].
 * Citation: Voorhees, "The TREC-8 question answering track report", TREC 1999.
 */
export const mrrAtK: ListMetricFunction = (relevant, ranked, k) => {
  for (let rank = 0; rank < Math.min(k, ranked.length); rank++) {
    if (gain(relevant, ranked[rank]) > 0) return 1 / (rank + 1)
  }
  return 0
}

function gain(relevant: Relevance, id: ItemId): number {
  if (isGraded(relevant)) return relevant.get(id) ?? 0
  return relevant.has(id) ? 1 : 0
}

function gains(relevant: Relevance): number[] {
  return isGraded(relevant)
    ? [...relevant.values()]
    : Array.from({ length: relevant.size }, () => 1)
}

function isGraded(relevant: Relevance): relevant is ReadonlyMap<ItemId, number> {
  return relevant instanceof Map
}
