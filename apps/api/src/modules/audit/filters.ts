import type { ListAuditQuery } from '@onestop/contracts'
import { and, eq, gte, like, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { auditLog, families, users } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { escapeLike } from '../../lib/sql.js'

type Query = Static<typeof ListAuditQuery>

/** The rule of the whole log: the reader's organisation's entries and every entry about its data. */
const visible = (organisationId: string) =>
  or(eq(auditLog.organisationId, organisationId), eq(auditLog.dataOrganisationId, organisationId))

async function inVisibleLog(ctx: SignedInContext, condition: SQL | undefined): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(visible(ctx.actor.organisationId), condition))
    .limit(1)
  return row !== undefined
}

/** A person filter must name a user the reader can see, or one who acted in the reader's log (partner staff). */
async function requireActor(ctx: SignedInContext, actorId: string) {
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, actorId))
  if (!user && !(await inVisibleLog(ctx, eq(auditLog.actorId, actorId))))
    throw new NotFoundError('user', actorId)
}

async function requireFamilyId(ctx: SignedInContext, familyId: string) {
  const [family] = await ctx.db.select({ id: families.id }).from(families).where(eq(families.id, familyId))
  if (
    !family &&
    !(await inVisibleLog(ctx, and(eq(auditLog.entityType, 'family'), eq(auditLog.entityId, familyId))))
  )
    throw new NotFoundError('family', familyId)
}

async function familyIdOf(ctx: SignedInContext, reference: string): Promise<string> {
  const [family] = await ctx.db
    .select({ id: families.id })
    .from(families)
    .where(eq(families.referenceCode, reference))
  if (!family) throw new NotFoundError('family with reference', reference)
  return family.id
}

/** Entries about a family: about it, about one of its records, or a list read that showed it. */
const aboutFamily = (familyId: string) =>
  or(
    and(eq(auditLog.entityType, 'family'), eq(auditLog.entityId, familyId)),
    // The `? key` guards match the partial indexes' predicates, so the planner can use them.
    sql`${auditLog.details} ? 'familyId' and ${auditLog.details} ->> 'familyId' = ${familyId}`,
    sql`${auditLog.details} ? 'families' and ${auditLog.details} -> 'families' ? ${familyId}`,
  )

/** The search's conditions; a person or family the reader cannot know answers 404. */
export async function auditConditions(ctx: SignedInContext, query: Query): Promise<(SQL | undefined)[]> {
  const conditions: (SQL | undefined)[] = [visible(ctx.actor.organisationId)]
  if (query.actorId) {
    await requireActor(ctx, query.actorId)
    conditions.push(eq(auditLog.actorId, query.actorId))
  }
  if (query.familyId) {
    await requireFamilyId(ctx, query.familyId)
    conditions.push(aboutFamily(query.familyId))
  }
  if (query.familyReference) conditions.push(aboutFamily(await familyIdOf(ctx, query.familyReference)))
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
  return conditions
}
