import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionInput } from "../../modules/recommendation/service"

export type BuildOrderPurchasesStepInput = { order_id: string }

export const buildOrderPurchasesStepId = "build-order-purchases"

type OrderWithItems = {
  id: string
  customer_id: string | null
  created_at: string | Date
  items?: ({ product_id: string | null; quantity: BigNumberInput } | null)[] | null
}

/** This step turns an order's line items into purchase events, one per product. */
export const buildOrderPurchasesStep = createStep(
  buildOrderPurchasesStepId,
  async (input: BuildOrderPurchasesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      // An order line's quantity lives on its detail: without it `items.quantity` is not filled.
      fields: [
        "id",
        "customer_id",
        "created_at",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderWithItems | undefined
    if (!order) return new StepResponse<InteractionInput[]>([])
    // Two variants of one product are one purchase of that product, quantities added up.
    const quantityByProduct = new Map<string, number>()
    for (const item of order.items ?? []) {
      if (!item?.product_id) continue
      // Quantities are big numbers in orders; a line of a product is a few units at most.
      const quantity = MathBN.convert(item.quantity).toNumber()
      quantityByProduct.set(
        item.product_id,
        (quantityByProduct.get(item.product_id) ?? 0) + quantity
      )
    }
    return new StepResponse<InteractionInput[]>(
      [...quantityByProduct].map(([product_id, quantity]) => ({
        type: "purchase",
        product_id,
        quantity,
        customer_id: order.customer_id,
        order_id: order.id,
        occurred_at: new Date(order.created_at),
      }))
    )
  }
)
