// What the HTTP benchmarks send: for each recommendation route, many different requests (source
// products, guest sessions with history, search phrases) and, for each, the plain product list
// that returns the same products with the same fields, to compare against.
import type { LoadRequest } from "./load"
import { benchProductId, benchSessionId } from "./seed-bench-store"
import { seededRandom, syntheticProducts } from "./synthetic-catalog"

export const LIMIT = 12
/** Events per request, as the storefront kit batches them. */
export const EVENTS_PER_REQUEST = 10

/** A recommendation route's requests and the equivalent `GET /store/products` requests. */
export type RoutePair = {
  name: string
  route: string
  recommendations: LoadRequest[]
  list: LoadRequest[]
}

export type Scenario = { pairs: RoutePair[]; events: LoadRequest[] }

const DISCOVERY_CONCURRENCY = 8

const get = (path: string): LoadRequest => ({ method: "GET", path })

/** `GET /store/products` for exactly these products, with the default fields, as the routes use. */
const listOf = (ids: string[]) =>
  get(
    `/store/products?limit=${LIMIT}&${ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")}`
  )

/**
 * Asks the running server for `samples` lists of each route once (which also warms it up) and
 * pairs each with the product list of the ids it returned. `shoppers`: sessions `bench_u0..` with
 * seeded history.
 */
export async function buildScenario(options: {
  baseUrl: string
  headers: Record<string, string>
  size: number
  shoppers: number
  samples: number
}): Promise<Scenario> {
  const { size, samples } = options
  const next = seededRandom(size + samples)
  const pick = (n: number) => Math.floor(next() * n)
  const sources = Array.from({ length: samples }, () => benchProductId(pick(size)))
  const sessions = Array.from({ length: samples }, () => benchSessionId(pick(options.shoppers)))
  // Search phrases from the catalog's own templates: a product title without its brand.
  const phrases = [...syntheticProducts(samples, size + 1)].map((product) =>
    product.title.split(" ").slice(1).join(" ")
  )

  const pair = async (
    name: string,
    route: string,
    paths: string[],
    listFor: (ids: string[], i: number) => LoadRequest
  ) => {
    const ids = await mapConcurrently(paths, DISCOVERY_CONCURRENCY, (path) =>
      productIdsOf(options.baseUrl, options.headers, path)
    )
    const list = ids.map(listFor)
    return { name, route, recommendations: paths.map(get), list }
  }
  const pairs = [
    await pair(
      "similar",
      "GET /store/products/:id/recommendations",
      sources.map((id) => `/store/products/${id}/recommendations?limit=${LIMIT}`),
      listOf
    ),
    await pair(
      "personalized",
      "GET /store/recommendations",
      sessions.map((session) => `/store/recommendations?session_id=${session}&limit=${LIMIT}`),
      listOf
    ),
    await pair(
      "search",
      "GET /store/recommendations/search",
      phrases.map((q) => `/store/recommendations/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`),
      // Medusa's own search of the same words, as a storefront without the plugin would do.
      (_ids, index) => get(`/store/products?q=${encodeURIComponent(phrases[index])}&limit=${LIMIT}`)
    ),
  ]

  // Ten times as many event batches as lists, each product drawn uniformly from the whole
  // catalog: popular products would repeat far more in a real store.
  const events = Array.from({ length: samples * 10 }, (_, index) => ({
    method: "POST" as const,
    path: "/store/recommendations/events",
    body: JSON.stringify({
      session_id: `bench_e${index}`,
      events: Array.from({ length: EVENTS_PER_REQUEST }, () => ({
        type: next() < 0.8 ? "view" : "add_to_cart",
        product_id: benchProductId(pick(size)),
      })),
    }),
  }))
  return { pairs, events }
}

/** `map` with at most `concurrency` calls in flight; results in the order of `items`. */
async function mapConcurrently<T, R>(
  items: T[],
  concurrency: number,
  map: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

async function productIdsOf(
  baseUrl: string,
  headers: Record<string, string>,
  path: string
): Promise<string[]> {
  const response = await fetch(`${baseUrl}${path}`, { headers })
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { products: { id: string }[] }
  if (!body.products.length) throw new Error(`GET ${path} returned no products`)
  return body.products.map((product) => product.id)
}
