import { type Column, getTableName, type SQL, sql } from 'drizzle-orm'

/**
 * A column as "table"."column". drizzle leaves columns unqualified in the select list of a one-table query,
 * where a correlated subquery would then bind them to its own tables.
 */
export const qualified = (column: Column): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`
