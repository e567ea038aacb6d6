// Benchmark: rebuilding the behavioural models from 1 million synthetic interactions (the nightly
// job's work). Prints seconds per step; asserts nothing.
//
//   npx ts-node --transpile-only bench/cf-rebuild.ts [interactions] [shoppers]
//
// Defaults: 1,000,000 interactions by 100,000 shoppers (10 each on average). Fewer shoppers means
// longer histories, and co-occurrence cost grows with the square of history length.
import {
  buildBoughtTogether,
  buildCoOccurrenceNeighbours,
  buildPopularity,
  buildTransitionNeighbours,
  DEFAULT_BOUGHT_TOGETHER_OPTIONS,
  DEFAULT_CO_OCCURRENCE_OPTIONS,
  DEFAULT_EVENT_WEIGHTS,
  DEFAULT_TRANSITION_OPTIONS,
  DEFAULT_TRENDING_HALF_LIFE_MS,
  InteractionLog,
} from "../src/engine"
import { syntheticInteractions } from "./lib/synthetic-interactions"

const INTERACTIONS = Number(process.argv[2] ?? 1_000_000)
const ITEMS = 50_000
const USERS = Number(process.argv[3] ?? Math.round(INTERACTIONS / 10))
const DAY_MS = 24 * 3600 * 1000

function timed<T>(label: string, run: () => T): T {
  const started = performance.now()
  const result = run()
  console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2)} s`)
  return result
}

const events = timed("generate", () => [...syntheticInteractions(INTERACTIONS, USERS, ITEMS)])
const total = performance.now()
const log = timed("InteractionLog.build", () => InteractionLog.build(events))
console.log(`  ${log.eventCount} events, ${log.userCount} users, ${log.vocabulary.size} items`)
const cf = timed("co-occurrence (item-kNN)", () =>
  buildCoOccurrenceNeighbours(log, {
    ...DEFAULT_CO_OCCURRENCE_OPTIONS,
    halfLifeMs: 30 * DAY_MS,
  })
)
console.log(`  ${cf.entryCount} neighbour entries`)
timed("transitions", () => buildTransitionNeighbours(log, DEFAULT_TRANSITION_OPTIONS))
timed("popularity", () => buildPopularity(log))
timed("trending", () =>
  buildPopularity(log, {
    eventWeights: DEFAULT_EVENT_WEIGHTS,
    halfLifeMs: DEFAULT_TRENDING_HALF_LIFE_MS,
  })
)
timed("bought together (orders)", () => buildBoughtTogether(log, DEFAULT_BOUGHT_TOGETHER_OPTIONS))
timed("bought together (shopper, 7 days)", () =>
  buildBoughtTogether(log, {
    ...DEFAULT_BOUGHT_TOGETHER_OPTIONS,
    pairing: { by: "shopper", windowDays: 7 },
  })
)
console.log(
  `${"total rebuild (without generation)".padEnd(34)} ${((performance.now() - total) / 1000).toFixed(2)} s`
)
