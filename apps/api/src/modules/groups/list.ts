import type { ListGroupRunsQuery } from '@onestop/contracts'
import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { groupRuns } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { qualified } from '../../lib/sql.js'
import { facilitatorsOf, selectRunRows, toRunSummary } from './view.js'

const runId = qualified(groupRuns.id)

/** The organisation's runs, newest first. */
export async function listRuns(ctx: SignedInContext, query: Static<typeof ListGroupRunsQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [eq(groupRuns.organisationId, ctx.actor.organisationId)]
  if (query.status) conditions.push(eq(groupRuns.status, query.status))
  if (query.serviceId) conditions.push(eq(groupRuns.serviceId, query.serviceId))
  if (query.facilitatorId)
    conditions.push(
      sql`exists(select 1 from group_run_facilitators f where f.run_id = ${runId} and f.user_id = ${query.facilitatorId})`,
    )
  if (query.from || query.to)
    conditions.push(
      sql`exists(select 1 from group_sessions s where s.run_id = ${runId} and s.status <> 'cancelled'
        and s.ends_at > ${query.from ?? '-infinity'}::timestamptz
        and s.starts_at < ${query.to ?? 'infinity'}::timestamptz)`,
    )
  conditions.push(pastTimeCursor(groupRuns.createdAt, groupRuns.id, cursor, 'desc'))
  const rows = await selectRunRows(ctx.db)
    .where(and(...conditions))
    .orderBy(desc(groupRuns.createdAt), desc(groupRuns.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.run.createdAt.toISOString(), id: row.run.id }))
  const facilitators = await facilitatorsOf(
    ctx.db,
    page.items.map((row) => row.run.id),
  )
  return {
    items: page.items.map((row) => toRunSummary(row, facilitators.get(row.run.id))),
    nextCursor: page.nextCursor,
  }
}
