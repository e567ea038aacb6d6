// Display formatting shared by the admin page and widgets: one place for numbers, money and time.

const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

/** 12,345 */
export function formatCount(value: number): string {
  return countFormat.format(value)
}

/** "1 change", "3 changes" */
export function formatQuantity(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`
}

/** A ratio in [0, 1] as a percentage: 0.1234 -> "12.3%". */
export function formatPercent(ratio: number, fractionDigits = 1): string {
  return `${(ratio * 100).toFixed(fractionDigits)}%`
}

/** A ranking score in [0, 1]: two decimals, as the store API returns them. */
export function formatScore(score: number): string {
  return score.toFixed(2)
}

/** A duration in seconds, coarsely: "40 s", "12 min", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) {
    return `${Math.max(1, Math.round(seconds))} s`
  }
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) {
    return `${minutes} min`
  }
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest ? `${hours} h ${rest} min` : `${hours} h`
}

/** Milliseconds, or a dash when unknown. */
export function formatMilliseconds(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "–" : `${Math.round(ms)} ms`
}

/** An amount in the currency's main unit (Medusa v2 amounts): "€1,234.50". */
export function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(amount)
  } catch {
    // An unknown currency code: show the amount with the code rather than fail the page.
    return `${amount.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

/** Revenue in several currencies: "€120.00 · $30.00", or a dash when there is none. */
export function formatRevenue(revenue: readonly { currency_code: string; amount: number }[]) {
  const nonZero = revenue.filter((entry) => entry.amount !== 0)
  return nonZero.length
    ? nonZero.map((entry) => formatMoney(entry.amount, entry.currency_code)).join(" · ")
    : "–"
}

/** 1536 -> "1.5 KB" */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"]
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`
}

/** An ISO timestamp in the admin's locale, date and time. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** A calendar day ("2026-11-22") as a short label: "Nov 22". Read as UTC, as the API groups. */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  })
}

/** snake_case keys as labels: "event_weights" -> "Event weights". */
export function humanize(key: string): string {
  const words = key.replace(/_/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
