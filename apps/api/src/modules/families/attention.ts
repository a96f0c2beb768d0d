import { and, eq, isNull, sql } from 'drizzle-orm'
import { casePlanGoals, families } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { qualified, queryRows } from '../../lib/sql.js'

/**
 * Overdue reviews of the caller's caseload, overdue goals they are responsible for, families of their
 * caseload that missed their last three appointments and, for those who assign case managers, families
 * taken in without one, in four queries.
 */
export async function getCaseAttention(ctx: SignedInContext) {
  const today = todayInVilnius()
  const reviews = await ctx.db
    .select({
      familyId: families.id,
      referenceCode: families.referenceCode,
      nextReviewOn: sql<string>`(select r.next_review_on::text from case_plan_reviews r where r.family_id = ${qualified(families.id)}
        order by r.reviewed_on desc, r.created_at desc limit 1)`,
    })
    .from(families)
    .where(and(eq(families.caseManagerId, ctx.actor.id), sql`${families.status} <> 'closed'`))
  const goals = await ctx.db
    .select({
      familyId: casePlanGoals.familyId,
      referenceCode: families.referenceCode,
      goalId: casePlanGoals.id,
      description: casePlanGoals.description,
      targetDate: casePlanGoals.targetDate,
    })
    .from(casePlanGoals)
    .innerJoin(families, eq(families.id, casePlanGoals.familyId))
    .where(
      and(
        eq(casePlanGoals.responsibleId, ctx.actor.id),
        eq(casePlanGoals.status, 'open'),
        sql`${casePlanGoals.targetDate} < ${today}`,
        sql`${families.status} <> 'closed'`,
      ),
    )
    .orderBy(casePlanGoals.targetDate)
  // The last three appointments that were due, by appointments_family_idx backwards.
  const missed = await queryRows<{ familyId: string; referenceCode: string; lastMissedAt: Date | string }>(
    ctx.db,
    sql`select f.id as "familyId", f.reference_code as "referenceCode", due.last_at as "lastMissedAt"
      from families f cross join lateral (
        select max(r.starts_at) as last_at, count(*) filter (where r.status = 'no_show') as missed
        from (select a.status, a.starts_at from appointments a
          where a.family_id = f.id and a.status in ('completed', 'no_show')
          order by a.starts_at desc limit 3) r
      ) due
      where f.case_manager_id = ${ctx.actor.id} and f.status <> 'closed' and due.missed = 3
      order by due.last_at desc`,
  )
  const unassigned = await unassignedFamilies(ctx)
  await audit(ctx, { action: 'plan.attention', entityType: 'family' })
  return {
    overdueReviews: reviews
      .filter(
        (r): r is typeof r & { nextReviewOn: string } => r.nextReviewOn !== null && r.nextReviewOn < today,
      )
      .sort((a, b) => a.nextReviewOn.localeCompare(b.nextReviewOn)),
    overdueGoals: goals,
    repeatedNoShows: missed.map((m) => ({ ...m, lastMissedAt: new Date(m.lastMissedAt).toISOString() })),
    unassignedFamilies: unassigned.map((f) => ({ ...f, openedAt: f.openedAt.toISOString() })),
  }
}

/** Coordinators and admins assign case managers, so they see their organisation's open families without one. */
async function unassignedFamilies(ctx: SignedInContext) {
  if (!ctx.actor.roles.some((role) => role === 'coordinator' || role === 'admin')) return []
  return ctx.db
    .select({ familyId: families.id, referenceCode: families.referenceCode, openedAt: families.openedAt })
    .from(families)
    .where(
      and(
        eq(families.organisationId, ctx.actor.organisationId),
        isNull(families.caseManagerId),
        sql`${families.status} <> 'closed'`,
        isNull(families.anonymisedAt),
      ),
    )
    .orderBy(families.openedAt, families.id)
}
