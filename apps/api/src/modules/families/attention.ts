import { and, eq, sql } from 'drizzle-orm'
import { casePlanGoals, families } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { qualified } from '../../lib/sql.js'

/** Overdue reviews of the caller's caseload and overdue goals they are responsible for, in two queries. */
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
  await audit(ctx, { action: 'plan.attention', entityType: 'family' })
  return {
    overdueReviews: reviews
      .filter(
        (r): r is typeof r & { nextReviewOn: string } => r.nextReviewOn !== null && r.nextReviewOn < today,
      )
      .sort((a, b) => a.nextReviewOn.localeCompare(b.nextReviewOn)),
    overdueGoals: goals,
  }
}
