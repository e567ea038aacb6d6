import { DEFAULT_EVENT_WEIGHTS, type InteractionLog } from "../interactions/interaction-log"
import {
  buildItemPostings,
  buildUserBaskets,
  squaredItemNorms,
  type UserBasketOptions,
} from "../interactions/user-baskets"
import { ItemNeighboursBuilder, RowAccumulator, type ItemNeighbours } from "./item-neighbours"

export type CoOccurrenceOptions = UserBasketOptions & {
  /** Neighbours kept per item. */
  neighbours: number
  /** Added to the cosine denominator: pairs seen by few shoppers get pulled towards 0. */
  shrinkage: number
}

/**
 * Shrinkage as `evaluate --tune` chose it on amazon-beauty. The tuning also took 400 neighbours
 * (DEFAULT_HYBRID_SETTINGS), but for +0.25% validation NDCG at twice the memory, so stores keep 200.
 */
export const DEFAULT_CO_OCCURRENCE_OPTIONS: CoOccurrenceOptions = {
  eventWeights: DEFAULT_EVENT_WEIGHTS,
  maxItemsPerUser: 200,
  neighbours: 200,
  shrinkage: 100,
}

/**
 * Item-to-item collaborative filtering: shrunk cosine similarity of items' shopper vectors.
 *
 *   r_ui      = strongest event of user u on item i (type weight × time decay, see UserBaskets)
 *   co(i, j)  = Σ_u r_ui · r_uj
 *   n_i       = Σ_u r_ui²
 *   sim(i, j) = co(i, j) / (√(n_i · n_j) + shrinkage)
 *
 * With purchases only and no decay, co is the number of shoppers who bought both and n_i the
 * number who bought i. Each list keeps the best `neighbours` items with their support (the number
 * of shoppers behind the pair). Built one item row at a time from an inverted index, so memory is
 * O(items + kept neighbours) and time O(Σ_u |items of u|²).
 */
export function buildCoOccurrenceNeighbours(
  log: InteractionLog,
  options: CoOccurrenceOptions = DEFAULT_CO_OCCURRENCE_OPTIONS
): ItemNeighbours {
  const itemCount = log.vocabulary.size
  const baskets = buildUserBaskets(log, options)
  const postings = buildItemPostings(baskets, itemCount)
  const norms = squaredItemNorms(baskets, itemCount)
  const row = new RowAccumulator(itemCount, options.neighbours)
  const builder = new ItemNeighboursBuilder(itemCount, options.neighbours)
  for (let item = 0; item < itemCount; item++) {
    for (let posting = postings.offsets[item]; posting < postings.offsets[item + 1]; posting++) {
      const basket = postings.baskets[posting]
      const itemWeight = postings.weights[posting]
      for (let entry = baskets.offsets[basket]; entry < baskets.offsets[basket + 1]; entry++) {
        const other = baskets.items[entry]
        if (other !== item) row.add(other, itemWeight * baskets.weights[entry], basket)
      }
    }
    for (let i = 0; i < row.touchedCount; i++) {
      const other = row.touched[i]
      row.score[other] =
        row.weight[other] / (Math.sqrt(norms[item] * norms[other]) + options.shrinkage)
    }
    row.emitRow(builder)
  }
  return builder.build()
}
