import type { HttpTypes } from "@medusajs/types"
import type {
  ProductPrice,
  Reason,
  RecommendationList,
  RecommendedProduct,
  StoreProductRecommendation,
} from "./types"

/** The list's products, each with the recommendation that explains it, in ranked order. */
export function recommendedProducts(list: RecommendationList): RecommendedProduct[] {
  const byProduct = new Map(list.recommendations.map((r) => [r.product_id, r]))
  return list.products.flatMap((product) => {
    const recommendation = byProduct.get(product.id)
    return recommendation ? [{ product, recommendation }] : []
  })
}

/**
 * The cheapest calculated price of the product's variants, or null when the list was fetched
 * without a region (or cart, or country) or without prices among its fields.
 */
export function productPrice(product: HttpTypes.StoreProduct): ProductPrice | null {
  let cheapest: ProductPrice | null = null
  for (const variant of product.variants ?? []) {
    const amount = variant.calculated_price?.calculated_amount
    const currency = variant.calculated_price?.currency_code
    if (typeof amount === "number" && currency && (!cheapest || amount < cheapest.amount)) {
      cheapest = { amount, currency_code: currency }
    }
  }
  return cheapest
}

/** A short English line for a shopper, or null for reasons that explain nothing to them. */
export function describeReason(reason: Reason): string | null {
  switch (reason.type) {
    case "similar_to":
      return "Similar to what you're looking at"
    case "same_category":
      return "From the same category"
    case "same_collection":
      return "From the same collection"
    case "same_type":
      return "Same kind of product"
    case "newest":
      return "New arrival"
    case "bought_together":
      return "Frequently bought together"
    case "also_interacted":
      return "Shoppers who liked this also liked"
    case "because_you_viewed":
      return "Because of what you viewed"
    case "matches_profile":
      return "Matches your taste"
    case "matches_query":
      return "Matches your search"
    case "trending":
      return "Trending now"
    case "popular":
      return "Popular with shoppers"
    default:
      // "fallback" only flags the reason that follows; merchandising reasons are the owner's.
      return null
  }
}

/** The first reason of a recommendation that reads well to a shopper. */
export function reasonLine(
  recommendation: StoreProductRecommendation,
  describe: (reason: Reason) => string | null = describeReason
): string | null {
  for (const reason of recommendation.reasons) {
    const line = describe(reason)
    if (line) return line
  }
  return null
}

/** The price in the currency's format for the locale, e.g. "€25.00" in "en-US". */
export function formatPrice({ amount, currency_code }: ProductPrice, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency_code.toUpperCase(),
  }).format(amount)
}
