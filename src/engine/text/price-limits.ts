/** Price bounds in the shopper's currency; either may be open. */
export type PriceLimits = { min?: number; max?: number }

const AMOUNT = String.raw`[$€£]?\s?(\d{1,9}(?:[.,]\d{1,2})?)\s?(?:[$€£]|dollars?|euros?|pounds?|bucks|usd|eur|gbp)?`
// A number followed by another unit ("under 5 years", "over 500 ml") is not a price.
const UNITS = String.raw`years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?|ml|cl|l|fl|oz|g|gr|kg|mg|lbs?|cm|mm|m|in|inch(?:es)?|ft|pcs|pieces|pack|x`
const NOT_A_UNIT = String.raw`(?![\d%-]|[.,]\d)(?!\s*(?:${UNITS})(?!\p{L}))`
const BETWEEN = new RegExp(
  String.raw`\b(?:between|from)\s+${AMOUNT}\s+(?:and|to)\s+${AMOUNT}${NOT_A_UNIT}`,
  "iu"
)
const AT_MOST = new RegExp(
  String.raw`\b(?:under|below|less\s+than|cheaper\s+than|up\s+to|at\s+most|no\s+more\s+than|max(?:imum)?)\s+${AMOUNT}${NOT_A_UNIT}`,
  "iu"
)
const AT_LEAST = new RegExp(
  String.raw`\b(?:over|above|more\s+than|at\s+least|min(?:imum)?)\s+${AMOUNT}${NOT_A_UNIT}`,
  "iu"
)

const toAmount = (digits: string) => Number(digits.replace(",", "."))

/**
 * Finds the price bounds a shopper wrote into a query ("a gift for a coffee lover under 30",
 * "between 20 and 40 dollars") and returns the query without them, so the rest is matched by
 * meaning and the bounds filter prices. Amounts are in the currency of the request.
 */
export function extractPriceLimits(query: string): { text: string; limits: PriceLimits } {
  const limits: PriceLimits = {}
  let text = query
  const between = BETWEEN.exec(text)
  if (between) {
    const [low, high] = [toAmount(between[1]), toAmount(between[2])].sort((a, b) => a - b)
    Object.assign(limits, { min: low, max: high })
    text = text.replace(between[0], " ")
  } else {
    const atMost = AT_MOST.exec(text)
    if (atMost) {
      limits.max = toAmount(atMost[1])
      text = text.replace(atMost[0], " ")
    }
    const atLeast = AT_LEAST.exec(text)
    if (atLeast) {
      limits.min = toAmount(atLeast[1])
      text = text.replace(atLeast[0], " ")
    }
  }
  text = text.replace(/\s+/g, " ").trim()
  return { text: text || query.trim(), limits }
}
