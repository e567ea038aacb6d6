import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { INTERACTION_TYPES, type Interaction, type InteractionType } from "../../engine"

/** One catalog row: the id and the text fields the item's embedding is built from. */
export type ItemRow = {
  item_id: string
  title: string
  brand: string
  categories: string
  description: string
}

/** One interaction row, with its position in the user's sequence when the file has one. */
export type InteractionRow = Interaction & { seq_pos: number | undefined }

type CsvRecord = Record<string, string | undefined>

/**
 * Reads the items CSV. Columns: `item_id` and `title` (required), `brand`, `categories`,
 * `description` (optional); any other column is ignored.
 */
export function readItemsCsv(file: string): ItemRow[] {
  const records = readCsv(file, ["item_id", "title"])
  return records.map((record) => ({
    item_id: field(record, "item_id"),
    title: field(record, "title"),
    brand: field(record, "brand"),
    categories: field(record, "categories"),
    description: field(record, "description"),
  }))
}

/**
 * Reads the interactions CSV. Columns: `user_id`, `item_id`, `timestamp` (required: unix seconds,
 * unix milliseconds, or an ISO date), `seq_pos` (order within the user's sequence), `type` (one of
 * view, add_to_cart, purchase, recommendation_click; default purchase), `quantity` (default 1) and
 * `order_id` (optional).
 */
export function readInteractionsCsv(file: string): InteractionRow[] {
  const records = readCsv(file, ["user_id", "item_id", "timestamp"])
  return records.map((record, row) => {
    const type = field(record, "type") || "purchase"
    if (!(INTERACTION_TYPES as readonly string[]).includes(type)) {
      throw new Error(`${file} row ${row + 2}: unknown interaction type "${type}"`)
    }
    const seqPos = field(record, "seq_pos")
    const quantity = field(record, "quantity")
    const orderId = field(record, "order_id")
    return {
      user_id: field(record, "user_id"),
      item_id: field(record, "item_id"),
      type: type as InteractionType,
      quantity: quantity ? Number(quantity) : 1,
      timestamp: parseTimestamp(field(record, "timestamp"), file, row),
      seq_pos: seqPos ? Number(seqPos) : undefined,
      ...(orderId ? { order_id: orderId } : {}),
    }
  })
}

/** Each shopper's events, ordered by seq_pos when present, then by timestamp (stable). */
export function sequencesByShopper(rows: readonly InteractionRow[]): Interaction[][] {
  const byShopper = new Map<string, InteractionRow[]>()
  for (const row of rows) {
    const events = byShopper.get(row.user_id)
    if (events) events.push(row)
    else byShopper.set(row.user_id, [row])
  }
  const position = (row: InteractionRow) => row.seq_pos ?? Number.POSITIVE_INFINITY
  return [...byShopper.values()].map((events) =>
    events
      .map((row, index) => ({ row, index }))
      .sort(
        (a, b) =>
          position(a.row) - position(b.row) ||
          a.row.timestamp - b.row.timestamp ||
          a.index - b.index
      )
      .map(({ row }) => row)
  )
}

/**
 * The text embedded for an item: title, brand, categories and description with short labels.
 * HTML entities (`&#39;` in brands) are decoded so they do not reach the tokenizer.
 */
export function itemText(item: ItemRow): string {
  const parts = [
    item.title,
    item.brand && `Brand: ${item.brand}`,
    item.categories && `Categories: ${item.categories}`,
    item.description,
  ]
  return parts
    .map((part) => decodeEntities(part).replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(". ")
}

function readCsv(file: string, required: readonly string[]): CsvRecord[] {
  const records: CsvRecord[] = parse(readFileSync(file), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  })
  const columns = records.length ? Object.keys(records[0]) : []
  const absent = required.filter((column) => !columns.includes(column))
  if (absent.length) {
    throw new Error(
      `${file}: missing column(s) ${absent.join(", ")} (found: ${columns.join(", ")})`
    )
  }
  return records
}

function field(record: CsvRecord, column: string): string {
  return record[column] ?? ""
}

// Unix seconds stop before 1e11 (year 5138); larger numbers are milliseconds.
const LARGEST_UNIX_SECONDS = 1e11

function parseTimestamp(value: string, file: string, row: number): number {
  const numeric = Number(value)
  const ms = Number.isFinite(numeric)
    ? numeric < LARGEST_UNIX_SECONDS
      ? numeric * 1000
      : numeric
    : Date.parse(value)
  if (!Number.isFinite(ms)) throw new Error(`${file} row ${row + 2}: bad timestamp "${value}"`)
  return ms
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-fA-F]+|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16))
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10))
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity
  })
}
