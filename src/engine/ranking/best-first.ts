import type { ScoredItem } from "../types"
import { round } from "./similar-items"

/** The `limit` best items, highest score first (ties by id, so results are stable), scores rounded. */
export function bestFirst(items: ScoredItem[], limit: number): ScoredItem[] {
  return items
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((item) => ({ ...item, score: round(item.score) }))
}
