// Fuzz: fires thousands of malformed requests at a running Medusa server with the plugin, and
// fails unless every one gets a deliberate answer (no 5xx, no dropped connection) and the server
// still serves afterwards. Requests are generated with fast-check from a seed, so a run repeats.
//
//   npm run demo                          (in another terminal: the demo store on port 9000)
//   npm run fuzz                          (5,000 requests, 8 at a time)
//   npm run fuzz -- --requests 20000 --concurrency 16 --seed 7 --url http://localhost:9000
//
// It logs in as the demo's admin (--email, --password), takes a publishable key from the admin
// API and product ids from the store API, then mixes: the store ranking routes with generated
// query strings and ids; the events route with generated bodies, invalid JSON, other content
// types and bodies over the size limit; the admin routes that read (and reindex and erase, with
// bodies that cannot act on the store) with generated queries and bodies; and bad credentials
// (no key, unknown keys, forged tokens). Rate limiting (429) counts as an answer.
import fc from "fast-check"
import { parseArgs } from "node:util"
import {
  eventsBody,
  jsonValue,
  loose,
  nasty,
  queryString,
  settingsLike,
} from "../integration-tests/helpers/malformed-input"

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: process.env.FUZZ_URL ?? "http://localhost:9000" },
    email: { type: "string", default: "admin@medusa-demo.com" },
    password: { type: "string", default: "supersecret" },
    requests: { type: "string", default: "5000" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "20261123" },
    "timeout-ms": { type: "string", default: "30000" },
  },
})
const BASE = args.url.replace(/\/$/, "")
const REQUESTS = Number(args.requests)
const CONCURRENCY = Number(args.concurrency)
const SEED = Number(args.seed)
const TIMEOUT_MS = Number(args["timeout-ms"])

type FuzzRequest = {
  /** The route family, for the summary. */
  route: string
  method: "GET" | "POST"
  path: string
  headers: Record<string, string>
  body?: string
}

type Credentials = { publishableKey: string; adminToken: string; productIds: string[] }

async function json(response: Response, what: string): Promise<Record<string, unknown>> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

async function discover(): Promise<Credentials> {
  const login = await json(
    await fetch(`${BASE}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: args.email, password: args.password }),
    }),
    "admin login"
  )
  const adminToken = String(login.token)
  // The first publishable key whose sales channels sell something.
  const keys = await json(
    await fetch(`${BASE}/admin/api-keys?type=publishable&fields=token,revoked_at`, {
      headers: { authorization: `Bearer ${adminToken}` },
    }),
    "publishable keys"
  )
  for (const key of keys.api_keys as { token: string; revoked_at: string | null }[]) {
    if (key.revoked_at) continue
    const products = await json(
      await fetch(`${BASE}/store/products?limit=20&fields=id`, {
        headers: { "x-publishable-api-key": key.token },
      }),
      "products"
    )
    const productIds = (products.products as { id: string }[]).map((product) => product.id)
    if (productIds.length) return { publishableKey: key.token, adminToken, productIds }
  }
  throw new Error("no publishable key of this store sells any product")
}

/** Every kind of request the fuzz sends, with generated parts. */
function requestArbitrary(credentials: Credentials): fc.Arbitrary<FuzzRequest> {
  const store = { "x-publishable-api-key": credentials.publishableKey }
  const admin = { authorization: `Bearer ${credentials.adminToken}` }
  const productId = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...credentials.productIds) },
    { weight: 1, arbitrary: nasty }
  )
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)
  // Credentials a storefront or an attacker might send instead of the right ones.
  const badStoreHeaders = fc.constantFrom<Record<string, string>>(
    {},
    { "x-publishable-api-key": "pk_0000000000000000000000000000000000000000" },
    { "x-publishable-api-key": "' OR 1=1 --" },
    { ...store, authorization: "Bearer not.a.jwt" },
    {
      ...store,
      authorization:
        "Bearer eyJhbGciOiJub25lIn0.eyJhY3Rvcl9pZCI6ImN1c18xIiwiYWN0b3JfdHlwZSI6ImN1c3RvbWVyIn0.",
    }
  )
  const storeHeaders = fc.oneof(
    { weight: 9, arbitrary: fc.constant(store) },
    { weight: 1, arbitrary: badStoreHeaders }
  )

  const ranking = fc
    .tuple(
      fc.constantFrom(
        "/store/products/:id/recommendations",
        "/store/products/:id/frequently-bought-together",
        "/store/recommendations",
        "/store/recommendations/search"
      ),
      queryString,
      productId,
      storeHeaders
    )
    .map(([route, query, id, headers]): FuzzRequest => ({
      route: `GET ${route}`,
      method: "GET",
      path: withQuery(route.replace(":id", encodeURIComponent(id)), query),
      headers,
    }))

  const eventsRaw = fc.oneof(
    eventsBody.map((body) => ({ body: JSON.stringify(body) ?? "null", type: "application/json" })),
    fc.record({
      body: fc.oneof(
        nasty,
        fc.constant("{not json"),
        fc.constant(JSON.stringify({ session_id: "s", events: ["x".repeat(100_000)] }))
      ),
      type: fc.constantFrom(
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/json; charset=utf-16"
      ),
    })
  )
  const events = fc
    .tuple(eventsRaw, storeHeaders)
    .map(([{ body, type }, headers]): FuzzRequest => ({
      route: "POST /store/recommendations/events",
      method: "POST",
      path: "/store/recommendations/events",
      headers: { ...headers, "content-type": type },
      body,
    }))

  const adminGet = fc
    .tuple(
      fc.constantFrom(
        "/admin/products/:id/recommendations",
        "/admin/customers/:id/recommendations",
        "/admin/recommendations/metrics",
        "/admin/recommendations/rules"
      ),
      queryString,
      productId,
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(admin) },
        { weight: 1, arbitrary: badStoreHeaders }
      )
    )
    .map(([route, query, id, headers]): FuzzRequest => ({
      route: `GET ${route}`,
      method: "GET",
      path: withQuery(route.replace(":id", encodeURIComponent(id)), query),
      headers,
    }))
  // Routes a bad body cannot make act on the store. Settings and rules, which a valid body
  // changes, are left out, and so is a valid reindex of everything (`{}`).
  const adminPost = fc
    .tuple(
      fc.constantFrom(
        "/admin/recommendations/reindex",
        "/admin/recommendations/shoppers/erase",
        "/admin/recommendations/preview"
      ),
      fc.oneof(
        jsonValue,
        fc.record({ product_ids: fc.oneof(jsonValue, fc.array(nasty, { minLength: 1 })) }),
        fc.record({ customer_id: jsonValue, session_id: jsonValue }, { requiredKeys: [] }),
        fc.record(
          {
            product_id: fc.oneof(nasty, jsonValue),
            customer_id: fc.oneof(nasty, jsonValue),
            settings: fc.oneof(jsonValue, settingsLike),
            limit: loose,
          },
          { requiredKeys: [] }
        )
      )
    )
    .filter(([, body]) => JSON.stringify(body) !== "{}")
    .map(([route, body]): FuzzRequest => ({
      route: `POST ${route}`,
      method: "POST",
      path: route,
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify(body) ?? "null",
    }))

  return fc.oneof(
    { weight: 5, arbitrary: ranking },
    { weight: 3, arbitrary: events },
    { weight: 1, arbitrary: adminGet },
    { weight: 1, arbitrary: adminPost }
  )
}

type Outcome = { request: FuzzRequest; status: number | string; ms: number; body: string }

async function send(request: FuzzRequest): Promise<Outcome> {
  const startedAt = performance.now()
  try {
    const response = await fetch(`${BASE}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = await response.text()
    return { request, status: response.status, ms: performance.now() - startedAt, body }
  } catch (error) {
    // No answer: a crash, a dropped connection or a hang past the timeout.
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const name = cause ?? (error instanceof Error ? error.name : "error")
    return { request, status: `no answer (${name})`, ms: performance.now() - startedAt, body: "" }
  }
}

async function main(): Promise<void> {
  const credentials = await discover()
  const requests = fc.sample(requestArbitrary(credentials), { numRuns: REQUESTS, seed: SEED })
  console.log(
    `Fuzzing ${BASE}: ${requests.length} requests, ${CONCURRENCY} at a time (seed ${SEED})`
  )

  const outcomes: Outcome[] = []
  const startedAt = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const outcome = await send(requests[next++])
        outcomes.push(outcome)
        if (outcomes.length % 1000 === 0) console.log(`  ${outcomes.length} sent`)
      }
    })
  )
  const seconds = (performance.now() - startedAt) / 1000

  // Still serving, correctly: a plain request answers 200 with recommendations.
  const health = await send({
    route: "check",
    method: "GET",
    path: `/store/products/${credentials.productIds[0]}/recommendations?limit=3&fields=id`,
    headers: { "x-publishable-api-key": credentials.publishableKey },
  })

  const byStatus = new Map<string, number>()
  const byRoute = new Map<string, Map<string, number>>()
  for (const { request, status } of outcomes) {
    const key = String(status)
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1)
    const route = byRoute.get(request.route) ?? new Map<string, number>()
    route.set(key, (route.get(key) ?? 0) + 1)
    byRoute.set(request.route, route)
  }
  const failures = outcomes.filter((o) => typeof o.status !== "number" || o.status >= 500)
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.floor((latencies.length - 1) * p)].toFixed(0)
  const sorted = (counts: Map<string, number>) =>
    [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n}`)

  console.log(
    `\n${outcomes.length} requests in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)}/s), latency p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms`
  )
  console.log(`By status: ${sorted(byStatus).join(", ")}`)
  for (const [route, counts] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${route.padEnd(52)} ${sorted(counts).join(", ")}`)
  }
  console.log(`After the fuzz: ${health.status} for a plain "similar" request`)
  for (const failure of failures.slice(0, 10)) {
    const { method, path, body } = failure.request
    console.log(
      `  ✖ ${failure.status} ${method} ${path.slice(0, 200)} ${(body ?? "").slice(0, 200)}\n    → ${failure.body.slice(0, 300)}`
    )
  }
  const passed = failures.length === 0 && health.status === 200
  console.log(
    passed
      ? "\n✔ no 5xx, no dropped connection, still serving"
      : `\n✖ ${failures.length} requests without a deliberate answer`
  )
  process.exitCode = passed ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
