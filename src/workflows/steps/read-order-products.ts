import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderAttributionInput } from "../../modules/recommendation/order-attribution"
import type { InteractionInput } from "../../modules/recommendation/service"

export type ReadOrderProductsStepInput = { order_id: string }

export const readOrderProductsStepId = "read-order-products"

type OrderLine = {
  product_id: string | null
  quantity: BigNumberInput
  total: BigNumberInput | null
} | null

type OrderWithItems = {
  id: string
  customer_id: string | null
  currency_code: string
  created_at: string | Date
  items?: OrderLine[] | null
}

/** This step reads a placed order's products, with quantities and totals in its currency. */
export const readOrderProductsStep = createStep(
  readOrderProductsStepId,
  async (input: ReadOrderProductsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "created_at",
        // Asking for a total makes the order module compute the lines' totals too.
        "item_total",
        "items.product_id",
        "items.total",
        // An order line's quantity lives on its detail: without it `items.quantity` is not filled.
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderWithItems | undefined
    if (!order) return new StepResponse<OrderAttributionInput | null>(null)
    // Two variants of one product are one purchase of that product: quantities and totals add up.
    const byProduct = new Map<string, { quantity: BigNumberInput; revenue: BigNumberInput }>()
    for (const item of order.items ?? []) {
      if (!item?.product_id) continue
      const sum = byProduct.get(item.product_id) ?? { quantity: 0, revenue: 0 }
      byProduct.set(item.product_id, {
        quantity: MathBN.add(sum.quantity, item.quantity),
        revenue: MathBN.add(sum.revenue, item.total ?? 0),
      })
    }
    return new StepResponse<OrderAttributionInput | null>({
      order_id: order.id,
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      ordered_at: new Date(order.created_at).toISOString(),
      products: [...byProduct].map(([product_id, sum]) => ({
        product_id,
        // Quantities are big numbers in orders; a line of a product is a few units at most.
        quantity: MathBN.convert(sum.quantity).toNumber(),
        revenue: MathBN.convert(sum.revenue).toString(),
      })),
    })
  }
)

/** The order's products as purchase events of its customer, keyed by the order. */
export function purchasesOf(order: OrderAttributionInput): InteractionInput[] {
  return order.products.map((product) => ({
    type: "purchase",
    product_id: product.product_id,
    quantity: product.quantity,
    customer_id: order.customer_id,
    order_id: order.order_id,
    occurred_at: new Date(order.ordered_at),
  }))
}
