import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { BigNumber, generateEntityId } from "@medusajs/framework/utils"

/** A placed order as attribution reads it: its products with quantities and line totals. */
export type OrderAttributionInput = {
  order_id: string
  customer_id: string | null
  currency_code: string
  /** ISO instant (workflow step results are serialized). */
  ordered_at: string
  products: {
    product_id: string
    quantity: number
    /** The product's line items total in the order's currency, as a decimal string. */
    revenue: string
  }[]
}

/**
 * Credits each ordered product to the most recent recommendation click on it by the order's
 * customer (their guest sessions' clicks included once attached to them) within
 * `windowDays` before the order. A click counts only when its recommendation_id names a
 * served response that showed the product, so a forged or stale id credits nothing. One row per
 * (order, product): a re-delivered order adds nothing. Returns the ids of the rows written.
 */
export async function attributeOrderProducts(
  manager: SqlEntityManager,
  order: OrderAttributionInput,
  windowDays: number
): Promise<string[]> {
  if (!order.customer_id || !order.products.length) return []
  const values = order.products.map(() => "(?, ?, ?::int, ?::numeric, ?::jsonb)").join(", ")
  const rows = await manager.execute<{ id: string }[]>(
    `WITH ordered (id, product_id, quantity, revenue, raw_revenue) AS (VALUES ${values}),
     last_click AS (
       SELECT DISTINCT ON (i.product_id) i.product_id, i.recommendation_id, i.session_id,
              s.placement
       FROM recommendation_interaction i
       JOIN recommendation_served s ON s.id = i.recommendation_id AND s.deleted_at IS NULL
       WHERE i.deleted_at IS NULL AND i.type = 'recommendation_click' AND i.customer_id = ?
         AND i.product_id IN (SELECT product_id FROM ordered)
         AND i.occurred_at <= ?::timestamptz
         AND i.occurred_at > ?::timestamptz - make_interval(days => ?)
         AND s.product_ids @> to_jsonb(i.product_id)
       ORDER BY i.product_id, i.occurred_at DESC, i.id DESC
     )
     INSERT INTO recommendation_attribution (id, order_id, product_id, recommendation_id,
       placement, quantity, revenue, raw_revenue, currency_code, customer_id, session_id,
       ordered_at, created_at, updated_at)
     SELECT o.id, ?, o.product_id, c.recommendation_id, c.placement, o.quantity, o.revenue,
            o.raw_revenue, ?, ?, c.session_id, ?::timestamptz, now(), now()
     FROM ordered o JOIN last_click c ON c.product_id = o.product_id
     ON CONFLICT (order_id, product_id) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [
      ...order.products.flatMap((product) => [
        generateEntityId(undefined, "ratt"),
        product.product_id,
        product.quantity,
        product.revenue,
        JSON.stringify(new BigNumber(product.revenue).raw),
      ]),
      order.customer_id,
      order.ordered_at,
      order.ordered_at,
      windowDays,
      order.order_id,
      order.currency_code,
      order.customer_id,
      order.ordered_at,
    ]
  )
  return rows.map((row) => row.id)
}
