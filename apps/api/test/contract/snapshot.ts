import { sql } from 'drizzle-orm'
import type { Database } from '../../src/db/client.js'
import { queryRows } from '../support/sql.js'

/**
 * Tables a refused request may write without touching anyone's data: the caller's own audit entry and
 * the caller's own idempotency key.
 */
const CALLERS_OWN = new Set(['audit_log', 'idempotency_keys'])

let tables: string[] | undefined

/** Row count and a hash of every row, per table: two equal snapshots mean nothing was written. */
export async function snapshot(db: Database): Promise<Record<string, string>> {
  tables ??= (
    await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !CALLERS_OWN.has(name))
  const perTable = tables.map(
    (name) => sql`select ${name} as name, count(*)::int as n,
      coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as hash from ${sql.identifier(name)} t`,
  )
  const rows = await queryRows<{ name: string; n: number; hash: string }>(
    db,
    sql.join(perTable, sql` union all `),
  )
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n} rows ${row.hash}`]))
}

/** The tables whose rows differ between two snapshots. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name])
