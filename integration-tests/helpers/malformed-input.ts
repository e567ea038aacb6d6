import fc from "fast-check"

// Generators of what a careless or hostile client sends: shared by the property tests
// (integration-tests/http/malformed-input.spec.ts) and the fuzz script (bench/fuzz-server.ts).

/** Strings a parameter should never choke on: empty, unicode, injections, huge, numbers. */
export const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "🛒".repeat(50),
    "x".repeat(5000),
    "true",
    "prod_",
    "*",
    "+id,-title",
    "*variants.calculated_price"
  ),
  fc.integer().map(String),
  fc.double().map(String)
)

export const QUERY_KEYS = [
  "limit",
  "fields",
  "exclude",
  "diversity",
  "max_per_category",
  "in_stock",
  "min_price",
  "max_price",
  "region_id",
  "country_code",
  "cart_id",
  "session_id",
  "q",
  "order",
  "offset",
  "from",
  "to",
  "placement",
]

/** A query string: known and unknown keys, repeated keys, nasty values. */
/** Keys a query parser might trip over: nested deeper than `a.b`, brackets. */
const TRICKY_KEYS = [
  "a.b.c",
  "fields.x.y",
  "region_id.a.b",
  "limit[]",
  "exclude[0][1]",
  "__proto__",
]

export const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...QUERY_KEYS),
        fc.constantFrom(...TRICKY_KEYS),
        fc.string({ maxLength: 12 })
      ),
      nasty
    ),
    { maxLength: 6 }
  )
  .map((pairs) =>
    pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&")
  )

export const jsonValue = fc.jsonValue({ maxDepth: 3 })
export const eventLike = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom("view", "add_to_cart", "purchase", "recommendation_click"),
      nasty
    ),
    product_id: fc.oneof(nasty, jsonValue),
    quantity: fc.oneof(fc.integer(), fc.double(), nasty),
    customer_id: nasty,
    recommendation_id: fc.oneof(nasty, jsonValue),
  },
  { requiredKeys: [] }
)
export const eventsBody = fc.oneof(
  jsonValue,
  fc.record(
    {
      session_id: fc.oneof(nasty, jsonValue),
      events: fc.oneof(fc.array(eventLike, { maxLength: 120 }), jsonValue),
      customer_id: nasty,
    },
    { requiredKeys: [] }
  )
)

export const loose = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  nasty,
  jsonValue
)
/** Ranking settings as an admin form might post them: right and wrong groups, keys and values. */
export const settingsLike = fc.record(
  {
    fusion: fc.oneof(
      jsonValue,
      fc.dictionary(fc.constantFrom("similar_popularity", "search_query", "magic"), loose)
    ),
    diversity: fc.oneof(
      jsonValue,
      fc.record({ similar: loose, max_per_category: loose }, { requiredKeys: [] })
    ),
    fallback: fc.oneof(jsonValue, fc.record({ enabled: loose }, { requiredKeys: [] })),
    event_weights: fc.oneof(jsonValue, fc.record({ view: loose }, { requiredKeys: [] })),
  },
  { requiredKeys: [] }
)
