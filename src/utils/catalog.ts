import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const PAGE_SIZE = 1000

/** Every product id of the catalog (any status), page by page, in id order. */
export async function* iterateProductIdPages(container: MedusaContainer): AsyncGenerator<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: PAGE_SIZE, order: { id: "ASC" } },
    })
    if (!data.length) return
    yield data.map((product) => product.id)
    if (data.length < PAGE_SIZE) return
  }
}
