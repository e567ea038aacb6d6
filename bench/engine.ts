// Engine cost alone, in-process, at several catalog sizes: index memory and load, the model build
// (behaviour + semantic neighbour lists), recall of the top 12 against exact float32 search, and
// p50/p99 of top-12 similar, personalized and search computations.
//
//   npm run bench:engine                                   (1k, 10k and 100k products)
//   npm run bench:engine -- --sizes 10000 --interactions 1000000 --queries 2000
//
// Vectors come from a fast deterministic stand-in for a model (bench/lib/synthetic-catalog.ts:
// 512 dimensions, one pseudo-random vector per word), as embedding 100k products with the real
// model would take most of an hour here. Interactions: bench/lib/synthetic-interactions.ts.
import { writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import os from "node:os"
import {
  buildBehaviourModel,
  decodeVector,
  encodeVector,
  personalizedRecommenderOf,
  SearchRanker,
  SimilarItemsRecommender,
  VectorIndex,
  type HistoryEvent,
  type Interaction,
} from "../src/engine"
import { HashedWordEmbedder, productText, syntheticProducts } from "./lib/synthetic-catalog"
import { syntheticInteractions } from "./lib/synthetic-interactions"

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    interactions: { type: "string", default: "1000000" },
    queries: { type: "string", default: "2000" },
    "recall-queries": { type: "string", default: "200" },
    json: { type: "string" },
  },
})
const SIZES = args.sizes.split(",").map(Number)
const INTERACTIONS = Number(args.interactions)
const QUERIES = Number(args.queries)
const RECALL_QUERIES = Number(args["recall-queries"])
const DIMENSIONS = 512
const LIMIT = 12
const WARM_UP_CALLS = 100

type Percentiles = { p50: number; p99: number }
type SizeResult = {
  products: number
  interactions: number
  indexMB: number
  bytesPerProduct: number
  indexLoadMs: number
  modelBuildS: number
  recallIndexSearch: number
  recallNeighbourLists: number
  similar: Percentiles
  personalized: Percentiles
  search: Percentiles
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: round(at(0.5), 3), p99: round(at(0.99), 3) }
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}

function time<T>(samples: number[], run: () => T): T {
  const start = process.hrtime.bigint()
  const result = run()
  samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  return result
}

/** Exact float32 top-k of a stored row, the reference every recall is measured against. */
function exactTop(floats: Float32Array, source: number, count: number, k: number): Set<number> {
  const scores = new Float32Array(count)
  const offset = source * DIMENSIONS
  for (let row = 0; row < count; row++) {
    let sum = 0
    for (let d = 0; d < DIMENSIONS; d++) sum += floats[offset + d] * floats[row * DIMENSIONS + d]
    scores[row] = row === source ? -Infinity : sum
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => scores[b] - scores[a])
  return new Set(order.slice(0, k))
}

function benchSize(products: number): SizeResult {
  const log = (message: string) => console.error(`[${products}] ${message}`)
  const embedder = new HashedWordEmbedder(DIMENSIONS)
  const floats = new Float32Array(products * DIMENSIONS)
  const texts: string[] = []
  for (const product of syntheticProducts(products)) {
    texts.push(product.title)
    floats.set(embedder.embed(productText(product)), product.index * DIMENSIONS)
  }
  // What the server reads at startup: one float32 bytea per product.
  const stored = Array.from({ length: products }, (_, i) =>
    encodeVector(floats.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS))
  )
  const ids = Array.from({ length: products }, (_, i) => `p${i}`)

  const loadStart = performance.now()
  const index = new VectorIndex(DIMENSIONS)
  stored.forEach((bytes, i) => index.upsert(ids[i], decodeVector(bytes)))
  const indexLoadMs = performance.now() - loadStart
  log(`index loaded in ${indexLoadMs.toFixed(0)} ms`)

  const interactions: Interaction[] = [
    ...syntheticInteractions(INTERACTIONS, INTERACTIONS / 10, products),
  ]
  const buildStart = performance.now()
  const model = buildBehaviourModel(interactions, ids, undefined, index)
  const modelBuildS = (performance.now() - buildStart) / 1000
  log(`model built in ${modelBuildS.toFixed(1)} s`)

  const similar = new SimilarItemsRecommender({
    vocabulary: model.vocabulary,
    index,
    semantic: model.semantic,
    collaborative: model.collaborative,
    popularity: model.popularity,
  })
  const personalized = personalizedRecommenderOf(model, index)
  const search = new SearchRanker({
    vocabulary: model.vocabulary,
    index,
    popularity: model.popularity,
  })

  // Recall of the top 12 against exact float32 search, for the two ways candidates are found.
  let fromSearch = 0
  let fromLists = 0
  const recallSources = Math.min(RECALL_QUERIES, products)
  for (let q = 0; q < recallSources; q++) {
    const source = Math.floor((q * products) / recallSources)
    const exact = exactTop(floats, source, products, LIMIT)
    const searched = index.searchSimilar(ids[source], { limit: LIMIT })
    fromSearch += searched.filter((hit) => exact.has(Number(hit.id.slice(1)))).length
    const item = model.vocabulary.indexOf(ids[source])
    const start = model.semantic.offsets[item]
    const end = Math.min(model.semantic.offsets[item + 1], start + LIMIT)
    for (let e = start; e < end; e++) {
      if (exact.has(Number(model.vocabulary.idAt(model.semantic.neighbours[e]).slice(1))))
        fromLists++
    }
  }

  // Shoppers' histories: the synthetic shoppers' own latest events.
  const histories = new Map<string, HistoryEvent[]>()
  for (const event of interactions) {
    const history = histories.get(event.user_id) ?? []
    history.push({ item_id: event.item_id, type: event.type, timestamp: event.timestamp })
    histories.set(event.user_id, history.slice(-50))
  }
  const interactionCount = interactions.length
  interactions.length = 0 // the bench's own garbage is not the engine's: freed before timing
  const shoppers = [...histories.values()]
  const isAllowed = (id: string) => !id.endsWith("7") // a visibility filter, as the routes pass

  const similarMs: number[] = []
  const personalizedMs: number[] = []
  const searchMs: number[] = []
  const run = (q: number, measured: boolean) => {
    const source = ids[(q * 7919) % products]
    const history = shoppers[(q * 104729) % shoppers.length]
    const query = embedder.embed(texts[(q * 15485863) % products].split(" ").slice(1, 4).join(" "))
    const sink = (samples: number[]) => (measured ? samples : [])
    time(sink(similarMs), () => similar.recommend(source, { limit: LIMIT, isAllowed }))
    time(sink(personalizedMs), () => personalized.recommend(history, { limit: LIMIT, isAllowed }))
    time(sink(searchMs), () => search.search(query, { limit: LIMIT, isAllowed }))
  }
  for (let q = 0; q < WARM_UP_CALLS; q++) run(QUERIES + q, false) // JIT warm-up
  global.gc?.()
  for (let q = 0; q < QUERIES; q++) run(q, true)

  const result: SizeResult = {
    products,
    interactions: interactionCount,
    indexMB: round(index.vectorBytes / 2 ** 20, 1),
    bytesPerProduct: round(index.vectorBytes / products, 0),
    indexLoadMs: round(indexLoadMs, 0),
    modelBuildS: round(modelBuildS, 1),
    recallIndexSearch: round(fromSearch / (LIMIT * recallSources), 4),
    recallNeighbourLists: round(fromLists / (LIMIT * recallSources), 4),
    similar: percentiles(similarMs),
    personalized: percentiles(personalizedMs),
    search: percentiles(searchMs),
  }
  log(JSON.stringify(result))
  return result
}

const results = SIZES.map(benchSize)
const cpus = os.cpus()
console.log(
  `\nEngine only, in-process: ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${QUERIES} calls per kind, top ${LIMIT}.\n`
)
console.log(
  "| products | index MB (bytes/product) | index load | model build | recall@12 index / lists | similar p50 / p99 ms | personalized p50 / p99 ms | search p50 / p99 ms |"
)
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for (const r of results) {
  console.log(
    `| ${r.products.toLocaleString("en")} | ${r.indexMB} (${r.bytesPerProduct}) | ${r.indexLoadMs} ms | ${r.modelBuildS} s | ` +
      `${r.recallIndexSearch} / ${r.recallNeighbourLists} | ${r.similar.p50} / ${r.similar.p99} | ` +
      `${r.personalized.p50} / ${r.personalized.p99} | ${r.search.p50} / ${r.search.p99} |`
  )
}
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2))
