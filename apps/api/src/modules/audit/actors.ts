import type { ListAuditActorsQuery } from '@onestop/contracts'
import { and, asc, desc, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { auditLog, organisations, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { escapeLike } from '../../lib/sql.js'

/**
 * Whether the user acted in an entry of the organisation's log (`visible` in filters.ts). Every entry
 * carries its actor's organisation, so all of an own staff member's entries are in the log: the actor index
 * finds one at once. A partner's worker's entries are there only when about this organisation's data:
 * the small index of entries by one organisation about another's finds one of those.
 */
const actedInLogOf = (organisationId: string) =>
  or(
    and(
      eq(users.organisationId, organisationId),
      sql`exists (select 1 from ${auditLog} where ${auditLog.actorId} = ${users.id})`,
    ),
    and(
      ne(users.organisationId, organisationId),
      sql`exists (select 1 from ${auditLog} where ${auditLog.dataOrganisationId} = ${organisationId} and ${auditLog.actorId} = ${users.id} and ${auditLog.organisationId} <> ${auditLog.dataOrganisationId})`,
    ),
  )

/** People the audit search can be filtered by: the organisation's own staff first, then by name. */
export async function listAuditActors(ctx: SignedInContext, query: Static<typeof ListAuditActorsQuery>) {
  const organisationId = ctx.actor.organisationId
  const conditions: (SQL | undefined)[] = [actedInLogOf(organisationId)]
  const q = query.q?.trim()
  if (q) conditions.push(ilike(users.name, `%${escapeLike(q)}%`))
  // Users are read under row-level security: staff of organisations never partnered with stay unseen.
  const items = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      organisationId: users.organisationId,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(desc(eq(users.organisationId, organisationId)), asc(users.name), asc(users.id))
    .limit(query.limit ?? 20)
  await audit(ctx, { action: 'staff.list', entityType: 'user', details: { count: items.length } })
  return { items }
}
