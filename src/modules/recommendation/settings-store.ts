import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { RankingSettingsOverrides } from "./ranking-settings"

/** The content of the one `recommendation_settings` row: the admin's overrides and who saved them. */
export type SettingsRow = { values: RankingSettingsOverrides; updated_by: string | null }

type StoredRow = { id: string; values: unknown; updated_by: string | null; updated_at: Date }

const SELECT_ROW = `SELECT id, values, updated_by, updated_at FROM recommendation_settings
  WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1`

/** The stored row, as saved (its values are not validated here), or null. */
export async function readSettingsRow(manager: SqlEntityManager): Promise<StoredRow | null> {
  // Timestamps arrive as Date or as text, depending on the connection's type parsers.
  type RawRow = Omit<StoredRow, "updated_at"> & { updated_at: Date | string }
  const [row] = await manager.execute<RawRow[]>(SELECT_ROW)
  return row ? { ...row, updated_at: new Date(row.updated_at) } : null
}

/**
 * Replaces the row's content (null deletes it) and returns the previous content. Run it in a
 * transaction: a lock keeps concurrent first saves from inserting two rows.
 */
export async function replaceSettingsRow(
  manager: SqlEntityManager,
  next: SettingsRow | null
): Promise<SettingsRow | null> {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('recommendation_settings'))`)
  const row = await readSettingsRow(manager)
  if (!next) {
    await manager.execute(`DELETE FROM recommendation_settings`)
  } else if (row) {
    await manager.execute(
      `UPDATE recommendation_settings SET values = ?::jsonb, updated_by = ?, updated_at = now()
       WHERE id = ?`,
      [JSON.stringify(next.values), next.updated_by, row.id]
    )
  } else {
    await manager.execute(
      `INSERT INTO recommendation_settings (id, values, updated_by, created_at, updated_at)
       VALUES (?, ?::jsonb, ?, now(), now())`,
      [generateEntityId(undefined, "rset"), JSON.stringify(next.values), next.updated_by]
    )
  }
  // Written only through this function, from validated overrides.
  return row ? { values: row.values as RankingSettingsOverrides, updated_by: row.updated_by } : null
}
