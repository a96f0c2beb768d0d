import type { ListFamiliesQuery } from '@onestop/contracts'
import { and, arrayContains, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { families } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { escapeLike } from '../../lib/sql.js'
import { visibleFamilies } from './access.js'
import { selectFamilyRows, toFamily } from './family-view.js'

/** Vilnius midnight at the start of a date, and of the day after it. */
const vilniusDayStart = (date: string) => sql`(${date}::date)::timestamp at time zone 'Europe/Vilnius'`
const vilniusDayEnd = (date: string) => sql`((${date}::date + 1)::timestamp at time zone 'Europe/Vilnius')`

export async function listFamilies(ctx: SignedInContext, query: Static<typeof ListFamiliesQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [visibleFamilies(ctx.actor)]
  if (query.status) conditions.push(eq(families.status, query.status))
  if (query.caseManagerId) conditions.push(eq(families.caseManagerId, query.caseManagerId))
  if (query.municipality) conditions.push(eq(families.municipality, query.municipality))
  if (query.riskFactor) conditions.push(arrayContains(families.riskFactors, [query.riskFactor]))
  if (query.openedFrom) conditions.push(gte(families.openedAt, vilniusDayStart(query.openedFrom)))
  if (query.openedTo) conditions.push(lt(families.openedAt, vilniusDayEnd(query.openedTo)))
  if (query.q) {
    // Each branch is answered by a trigram index, inside a function because LIKE cannot use them under
    // row-level security (migration 0018); the families it names are still read under it.
    const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`
    conditions.push(sql`${families.id} in (select app_search_family_ids(${pattern}))`)
  }
  conditions.push(pastTimeCursor(families.openedAt, families.id, cursor, 'desc'))
  const rows = await selectFamilyRows(ctx.db)
    .where(and(...conditions))
    .orderBy(desc(families.openedAt), desc(families.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.openedAt.toISOString(), id: row.id }))
  await audit(ctx, {
    action: 'family.list',
    entityType: 'family',
    details: { families: page.items.map((r) => r.id), filters: { ...query, cursor: undefined } },
  })
  return { items: page.items.map((row) => toFamily(row)), nextCursor: page.nextCursor }
}
