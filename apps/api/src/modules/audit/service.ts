import type { ListAuditQuery } from '@onestop/contracts'
import { and, desc, eq, gte, like, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { auditLog } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { escapeLike } from '../../lib/sql.js'

export async function listAuditEntries(ctx: SignedInContext, query: Static<typeof ListAuditQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const own = ctx.actor.organisationId
  const conditions: (SQL | undefined)[] = [
    or(eq(auditLog.organisationId, own), eq(auditLog.dataOrganisationId, own)),
  ]
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId))
  if (query.action)
    conditions.push(
      query.action.endsWith('.')
        ? like(auditLog.action, `${escapeLike(query.action)}%`)
        : eq(auditLog.action, query.action),
    )
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType))
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId))
  if (query.outcome) conditions.push(eq(auditLog.outcome, query.outcome))
  if (query.from) conditions.push(gte(auditLog.at, new Date(query.from)))
  if (query.to) conditions.push(lte(auditLog.at, new Date(query.to)))
  if (cursor)
    conditions.push(sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)`)
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1)
  await audit(ctx, {
    action: 'audit.search',
    entityType: 'audit_log',
    details: { filters: { ...query, cursor: undefined } },
  })
  const page = pageOf(rows, limit, (row) => ({ k: row.at.toISOString(), id: row.id }))
  return {
    items: page.items.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      actorOrganisationId: row.organisationId,
      dataOrganisationId: row.dataOrganisationId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      outcome: row.outcome,
      ip: row.ip,
      requestId: row.requestId,
      details: row.details,
    })),
    nextCursor: page.nextCursor,
  }
}
