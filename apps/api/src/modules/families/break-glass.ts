import type { ListBreakGlassQuery } from '@onestop/contracts'
import { and, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Static } from 'typebox'
import { breakGlassGrants, families, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'

const reviewers = alias(users, 'reviewer')

const selectGrants = (ctx: SignedInContext) =>
  ctx.db
    .select({
      grant: breakGlassGrants,
      familyReferenceCode: families.referenceCode,
      userName: users.name,
      reviewerName: reviewers.name,
    })
    .from(breakGlassGrants)
    .innerJoin(families, eq(families.id, breakGlassGrants.familyId))
    .innerJoin(users, eq(users.id, breakGlassGrants.userId))
    .leftJoin(reviewers, eq(reviewers.id, breakGlassGrants.reviewedById))

type GrantRow = Awaited<ReturnType<ReturnType<typeof selectGrants>['execute']>>[number]

const toGrant = ({ grant, familyReferenceCode, userName, reviewerName }: GrantRow) => ({
  id: grant.id,
  familyId: grant.familyId,
  familyReferenceCode,
  userId: grant.userId,
  userName,
  reason: grant.reason,
  grantedAt: grant.grantedAt.toISOString(),
  expiresAt: grant.expiresAt.toISOString(),
  reviewedAt: grant.reviewedAt?.toISOString() ?? null,
  reviewedBy: reviewerName,
  reviewNote: grant.reviewNote,
})

async function findGrant(ctx: SignedInContext, grantId: string) {
  const [row] = await selectGrants(ctx).where(
    and(eq(breakGlassGrants.id, grantId), eq(breakGlassGrants.organisationId, ctx.actor.organisationId)),
  )
  if (!row) throw new NotFoundError('emergency access', grantId)
  return row
}

/** Opens a family of one's own organisation for a limited time, flagged in the audit log for review. */
export async function breakGlass(ctx: SignedInContext, familyId: string, reason: string) {
  const [family] = await ctx.db
    .select({ id: families.id })
    .from(families)
    .where(and(eq(families.id, familyId), eq(families.organisationId, ctx.actor.organisationId)))
  if (!family) throw new NotFoundError('family', familyId)
  const why = reason.trim()
  const grantId = await ctx.db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(breakGlassGrants)
      .values({
        familyId,
        userId: ctx.actor.id,
        organisationId: ctx.actor.organisationId,
        reason: why,
        expiresAt: sql`now() + make_interval(mins => ${ctx.config.caseManagement.breakGlassMinutes})`,
      })
      .returning({ id: breakGlassGrants.id })
    if (!grant) throw new Error('grant insert returned nothing')
    await audit(
      ctx,
      {
        action: 'family.break_glass',
        entityType: 'family',
        entityId: familyId,
        details: { breakGlass: true, reason: why, grantId: grant.id },
      },
      tx,
    )
    return grant.id
  })
  return toGrant(await findGrant(ctx, grantId))
}

export async function listBreakGlassGrants(ctx: SignedInContext, query: Static<typeof ListBreakGlassQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [eq(breakGlassGrants.organisationId, ctx.actor.organisationId)]
  if (query.reviewed === true) conditions.push(isNotNull(breakGlassGrants.reviewedAt))
  if (query.reviewed === false) conditions.push(isNull(breakGlassGrants.reviewedAt))
  conditions.push(pastTimeCursor(breakGlassGrants.grantedAt, breakGlassGrants.id, cursor, 'desc'))
  const rows = await selectGrants(ctx)
    .where(and(...conditions))
    .orderBy(desc(breakGlassGrants.grantedAt), desc(breakGlassGrants.id))
    .limit(limit + 1)
  await audit(ctx, { action: 'break_glass.list', entityType: 'break_glass_grant' })
  const page = pageOf(rows, limit, (row) => ({ k: row.grant.grantedAt.toISOString(), id: row.grant.id }))
  return { items: page.items.map(toGrant), nextCursor: page.nextCursor }
}

export async function reviewBreakGlassGrant(ctx: SignedInContext, grantId: string, note: string) {
  await findGrant(ctx, grantId)
  await ctx.db.transaction(async (tx) => {
    const reviewed = await tx
      .update(breakGlassGrants)
      .set({ reviewedById: ctx.actor.id, reviewedAt: sql`now()`, reviewNote: note.trim() })
      .where(and(eq(breakGlassGrants.id, grantId), isNull(breakGlassGrants.reviewedAt)))
      .returning({ id: breakGlassGrants.id })
    if (reviewed.length === 0)
      throw new ConflictError('This emergency access was already reviewed.', 'already-reviewed')
    await audit(ctx, { action: 'break_glass.review', entityType: 'break_glass_grant', entityId: grantId }, tx)
  })
  return toGrant(await findGrant(ctx, grantId))
}
