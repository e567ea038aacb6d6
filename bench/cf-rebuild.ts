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
  type Interaction,
  type InteractionType,
} from "../src/engine"

const INTERACTIONS = Number(process.argv[2] ?? 1_000_000)
const ITEMS = 50_000
const USERS = Number(process.argv[3] ?? Math.round(INTERACTIONS / 10))
const DAY_MS = 24 * 3600 * 1000

/** Deterministic PRNG (mulberry32), so every run times the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Shoppers with Zipf-like activity browse Zipf-popular items, mostly near their previous item
 * (so co-occurrence has structure), over 90 days: 70% views, 20% add to cart, 10% purchases.
 */
function* syntheticInteractions(): Generator<Interaction> {
  const next = random(42)
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n)) - 1))
  let produced = 0
  for (let user = 0; produced < INTERACTIONS; user = (user + 1) % USERS) {
    const sessionLength = 1 + zipf(Math.max(2, Math.round((4 * INTERACTIONS) / USERS)))
    let item = zipf(ITEMS)
    let timestamp = Math.floor(next() * 90 * DAY_MS)
    const order = `o${user}-${timestamp}`
    for (let step = 0; step < sessionLength && produced < INTERACTIONS; step++, produced++) {
      const roll = next()
      const type: InteractionType = roll < 0.7 ? "view" : roll < 0.9 ? "add_to_cart" : "purchase"
      yield {
        user_id: `u${user}`,
        item_id: `p${item}`,
        type,
        quantity: 1,
        timestamp,
        ...(type === "purchase" ? { order_id: order } : {}),
      }
      item = next() < 0.6 ? (item + 1 + Math.floor(next() * 20)) % ITEMS : zipf(ITEMS)
      timestamp += Math.floor(next() * 600_000)
    }
  }
}

function timed<T>(label: string, run: () => T): T {
  const started = performance.now()
  const result = run()
  console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2)} s`)
  return result
}

const events = timed("generate", () => [...syntheticInteractions()])
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
