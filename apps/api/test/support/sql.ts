import type { SQL } from 'drizzle-orm'
import type { Database } from '../../src/db/client.js'

/** Rows of a raw query; node-postgres and PGlite both answer with `{ rows }`. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] }
  return result.rows
}
