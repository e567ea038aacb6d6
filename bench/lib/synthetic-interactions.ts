import type { Interaction, InteractionType } from "../../src/engine"
import { seededRandom } from "./synthetic-catalog"

const DAY_MS = 24 * 3600 * 1000

/**
 * `count` events by `users` shoppers with Zipf-like activity, browsing `items` Zipf-popular
 * items, mostly near their previous item (so co-occurrence has structure), over 90 days: 70%
 * views, 20% add to cart, 10% purchases. Item ids are `p<n>`, shopper ids `u<n>`.
 */
export function* syntheticInteractions(
  count: number,
  users: number,
  items: number
): Generator<Interaction> {
  const next = seededRandom(42)
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n)) - 1))
  let produced = 0
  for (let user = 0; produced < count; user = (user + 1) % users) {
    const sessionLength = 1 + zipf(Math.max(2, Math.round((4 * count) / users)))
    let item = zipf(items)
    let timestamp = Math.floor(next() * 90 * DAY_MS)
    const order = `o${user}-${timestamp}`
    for (let step = 0; step < sessionLength && produced < count; step++, produced++) {
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
      item = next() < 0.6 ? (item + 1 + Math.floor(next() * 20)) % items : zipf(items)
      timestamp += Math.floor(next() * 600_000)
    }
  }
}
