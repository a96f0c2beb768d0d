import { type Column, getTableName, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'

/**
 * A column as "table"."column". drizzle leaves columns unqualified in the select list of a one-table query,
 * where a correlated subquery would then bind them to its own tables.
 */
export const qualified = (column: Column): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`

/** Rows of a raw query; node-postgres and PGlite both answer with `{ rows }`. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] }
  return result.rows
}

/** Escapes LIKE wildcards in user text, so `%` and `_` match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`)
