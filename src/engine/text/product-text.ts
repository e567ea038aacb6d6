import { createHash } from "node:crypto"
import { convert } from "html-to-text"

/** The product fields a text can be built from, in the order they appear in it. */
export const PRODUCT_TEXT_FIELDS = [
  "title",
  "subtitle",
  "type",
  "collection",
  "categories",
  "tags",
  "material",
  "options",
  "description",
] as const

export type ProductTextField = (typeof PRODUCT_TEXT_FIELDS)[number]

type Named<K extends string> = { [key in K]?: string | null } | null

/** The shape `query.graph` returns for the fields above; everything is optional. */
export type ProductTextSource = {
  title?: string | null
  subtitle?: string | null
  description?: string | null
  material?: string | null
  type?: Named<"value">
  collection?: Named<"title">
  categories?: Named<"name">[] | null
  tags?: Named<"value">[] | null
  options?: ({ title?: string | null; values?: Named<"value">[] | null } | null)[] | null
}

export type ProductTextOptions = {
  fields: readonly ProductTextField[]
  /** Longest text in characters; cut at a word boundary. */
  maxLength: number
}

export const DEFAULT_PRODUCT_TEXT_OPTIONS: ProductTextOptions = {
  fields: PRODUCT_TEXT_FIELDS,
  maxLength: 1000,
}

/**
 * Builds the text that is embedded for a product. Fields come in a fixed order with short labels,
 * lists are sorted, so the same product always gives the same text (and the same hash). The
 * description comes last, so truncation eats into it before anything more telling.
 */
export function buildProductText(
  product: ProductTextSource,
  options: ProductTextOptions = DEFAULT_PRODUCT_TEXT_OPTIONS
): string {
  const wanted = new Set(options.fields)
  const parts = PRODUCT_TEXT_FIELDS.filter((field) => wanted.has(field))
    .map((field) => describeField(product, field))
    .filter((part): part is string => !!part)
  return truncateAtWord(parts.join(". "), options.maxLength)
}

/** A short stable fingerprint of a text: an unchanged text is never embedded again. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}

function describeField(product: ProductTextSource, field: ProductTextField): string | undefined {
  switch (field) {
    case "title":
      return clean(product.title)
    case "subtitle":
      return clean(product.subtitle)
    case "type":
      return labelled("Type", [product.type?.value])
    case "collection":
      return labelled("Collection", [product.collection?.title])
    case "categories":
      return labelled(
        "Categories",
        (product.categories ?? []).map((c) => c?.name)
      )
    case "tags":
      return labelled(
        "Tags",
        (product.tags ?? []).map((t) => t?.value)
      )
    case "material":
      return labelled("Material", [product.material])
    case "options":
      return labelled(
        "Options",
        (product.options ?? []).map((option) => {
          const values = sortedValues((option?.values ?? []).map((v) => v?.value))
          const title = clean(option?.title)
          return values.length ? `${title ? `${title} ` : ""}${values.join(", ")}` : undefined
        })
      )
    case "description":
      return product.description ? clean(stripHtml(product.description)) : undefined
  }
}

function labelled(label: string, values: (string | null | undefined)[]): string | undefined {
  const present = sortedValues(values)
  return present.length ? `${label}: ${present.join(", ")}` : undefined
}

function sortedValues(values: (string | null | undefined)[]): string[] {
  const cleaned = values.map(clean).filter((v): v is string => !!v)
  return [...new Set(cleaned)].sort((a, b) => a.localeCompare(b, "en"))
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim()
  return text ? text.replace(/[.\s]+$/, "") : undefined
}

function stripHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "ul", options: { itemPrefix: " " } },
    ],
  })
}

function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength + 1)
  const lastSpace = cut.lastIndexOf(" ")
  return (lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength)).trim()
}
