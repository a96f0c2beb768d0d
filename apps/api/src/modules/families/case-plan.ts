import type { CreateGoalBody, CreateReviewBody, Goal, UpdateGoalBody } from '@onestop/contracts'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import {
  casePlanGoals,
  casePlanReviewGoals,
  casePlanReviews,
  caseTeamMembers,
  users,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { assertNotInFuture, todayInVilnius } from '../../lib/dates.js'
import {
  AccessEndedError,
  BadRequestError,
  NotFoundError,
  PreconditionFailedError,
} from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { accessDetails, familyForActor } from './access.js'
import { assertPlannedDate } from './planned-date.js'

const selectGoals = (db: Database) =>
  db
    .select({
      goal: casePlanGoals,
      responsibleName: users.name,
      lastProgress: sql<string | null>`(select rg.progress from case_plan_review_goals rg
        join case_plan_reviews r on r.id = rg.review_id
        where rg.goal_id = ${qualified(casePlanGoals.id)} order by r.reviewed_on desc, r.created_at desc limit 1)`,
    })
    .from(casePlanGoals)
    .innerJoin(users, eq(users.id, casePlanGoals.responsibleId))

type GoalRow = Awaited<ReturnType<ReturnType<typeof selectGoals>['execute']>>[number]

const toGoal = ({ goal, responsibleName, lastProgress }: GoalRow, today = todayInVilnius()): Goal => ({
  id: goal.id,
  familyId: goal.familyId,
  area: goal.area,
  description: goal.description,
  responsible: { id: goal.responsibleId, name: responsibleName },
  targetDate: goal.targetDate,
  status: goal.status,
  overdue: goal.status === 'open' && goal.targetDate < today,
  lastProgress,
  version: goal.version,
  createdAt: goal.createdAt.toISOString(),
})

async function findGoal(db: Database, familyId: string, goalId: string) {
  const [row] = await selectGoals(db).where(
    and(eq(casePlanGoals.id, goalId), eq(casePlanGoals.familyId, familyId)),
  )
  if (!row) throw new NotFoundError('goal', goalId)
  return row
}

/** The person responsible for a goal works on the case: they must be on its team. */
async function assertOnTeam(db: Database, familyId: string, userId: string) {
  const [member] = await db
    .select({ id: caseTeamMembers.id })
    .from(caseTeamMembers)
    .where(
      and(
        eq(caseTeamMembers.familyId, familyId),
        eq(caseTeamMembers.userId, userId),
        sql`${caseTeamMembers.removedAt} is null`,
      ),
    )
  if (!member)
    throw new BadRequestError('The responsible person must be on the case team.', [
      { pointer: '/responsibleId', code: 'not-on-case-team' },
    ])
}

export async function getCasePlan(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const goals = await selectGoals(ctx.db)
    .where(eq(casePlanGoals.familyId, familyId))
    .orderBy(casePlanGoals.targetDate, casePlanGoals.id)
  const reviews = await ctx.db
    .select({ review: casePlanReviews, authorName: users.name })
    .from(casePlanReviews)
    .innerJoin(users, eq(users.id, casePlanReviews.authorId))
    .where(eq(casePlanReviews.familyId, familyId))
    .orderBy(desc(casePlanReviews.reviewedOn), desc(casePlanReviews.createdAt))
  const progress = reviews.length
    ? await ctx.db
        .select()
        .from(casePlanReviewGoals)
        .where(
          inArray(
            casePlanReviewGoals.reviewId,
            reviews.map((r) => r.review.id),
          ),
        )
    : []
  await audit(ctx, {
    action: 'plan.read',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  const nextReviewOn = reviews[0]?.review.nextReviewOn ?? null
  return {
    familyId,
    goals: goals.map((g) => toGoal(g)),
    reviews: reviews.map(({ review, authorName }) => ({
      id: review.id,
      reviewedOn: review.reviewedOn,
      nextReviewOn: review.nextReviewOn,
      familyViews: review.familyViews,
      childViews: review.childViews,
      effectiveness: review.effectiveness,
      author: { id: review.authorId, name: authorName },
      goals: progress
        .filter((p) => p.reviewId === review.id)
        .map((p) => ({ goalId: p.goalId, progress: p.progress, status: p.statusAfter })),
      createdAt: review.createdAt.toISOString(),
    })),
    nextReviewOn,
    reviewOverdue:
      nextReviewOn !== null && nextReviewOn < todayInVilnius() && access.family.status !== 'closed',
  }
}

export async function createGoal(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateGoalBody>,
) {
  await familyForActor(ctx, familyId, 'manage')
  assertPlannedDate(body.targetDate, '/targetDate', 'target date', body.pastDateConfirmed)
  await assertOnTeam(ctx.db, familyId, body.responsibleId)
  const goalId = await ctx.db.transaction(async (tx) => {
    const [goal] = await tx
      .insert(casePlanGoals)
      .values({
        familyId,
        area: body.area,
        description: body.description.trim(),
        responsibleId: body.responsibleId,
        targetDate: body.targetDate,
        createdById: ctx.actor.id,
      })
      .returning({ id: casePlanGoals.id })
    if (!goal) throw new Error('goal insert returned nothing')
    await audit(
      ctx,
      { action: 'plan.goal.create', entityType: 'case_plan_goal', entityId: goal.id, details: { familyId } },
      tx,
    )
    return goal.id
  })
  return toGoal(await findGoal(ctx.db, familyId, goalId))
}

export async function updateGoal(
  ctx: SignedInContext,
  familyId: string,
  goalId: string,
  expectedVersion: number,
  body: Static<typeof UpdateGoalBody>,
) {
  await familyForActor(ctx, familyId, 'manage')
  const current = await findGoal(ctx.db, familyId, goalId)
  if (current.goal.version !== expectedVersion) throw new PreconditionFailedError('goal')
  // A goal kept at the target it already had needs no new confirmation, even once that date has passed.
  if (body.targetDate !== undefined && body.targetDate !== current.goal.targetDate)
    assertPlannedDate(body.targetDate, '/targetDate', 'target date', body.pastDateConfirmed)
  if (body.responsibleId) await assertOnTeam(ctx.db, familyId, body.responsibleId)
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(casePlanGoals)
      .set({
        ...(body.description !== undefined ? { description: body.description.trim() } : {}),
        ...(body.responsibleId !== undefined ? { responsibleId: body.responsibleId } : {}),
        ...(body.targetDate !== undefined ? { targetDate: body.targetDate } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        version: sql`${casePlanGoals.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(casePlanGoals.id, goalId), eq(casePlanGoals.version, expectedVersion)))
      .returning({ id: casePlanGoals.id })
    if (updated.length === 0) throw new PreconditionFailedError('goal')
    await audit(
      ctx,
      {
        action: 'plan.goal.update',
        entityType: 'case_plan_goal',
        entityId: goalId,
        details: { familyId, fields: Object.keys(body) },
      },
      tx,
    )
  })
  return toGoal(await findGoal(ctx.db, familyId, goalId))
}

export async function createReview(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateReviewBody>,
) {
  await familyForActor(ctx, familyId, 'manage')
  if (body.nextReviewOn <= body.reviewedOn)
    throw new BadRequestError('The next review must come after this one.', [
      { pointer: '/nextReviewOn', code: 'review-before-last' },
    ])
  assertNotInFuture(body.reviewedOn, '/reviewedOn', 'review date')
  assertPlannedDate(body.nextReviewOn, '/nextReviewOn', 'next review date', body.pastDateConfirmed)
  const goalIds = body.goals.map((g) => g.goalId)
  if (new Set(goalIds).size !== goalIds.length)
    throw new BadRequestError('A goal appears twice in the review.', [
      { pointer: '/goals', code: 'listed-twice' },
    ])
  const known = goalIds.length
    ? await ctx.db
        .select({ id: casePlanGoals.id })
        .from(casePlanGoals)
        .where(and(eq(casePlanGoals.familyId, familyId), inArray(casePlanGoals.id, goalIds)))
    : []
  body.goals.forEach((g, index) => {
    if (!known.some((k) => k.id === g.goalId))
      throw new BadRequestError("A reviewed goal is not in this family's plan.", [
        { pointer: `/goals/${index}/goalId`, code: 'not-a-family-goal' },
      ])
  })
  const reviewId = await ctx.db.transaction(async (tx) => {
    const [review] = await tx
      .insert(casePlanReviews)
      .values({
        familyId,
        reviewedOn: body.reviewedOn,
        nextReviewOn: body.nextReviewOn,
        familyViews: body.familyViews?.trim() || null,
        childViews: body.childViews?.trim() || null,
        effectiveness: body.effectiveness?.trim() || null,
        authorId: ctx.actor.id,
      })
      .returning({ id: casePlanReviews.id })
    if (!review) throw new Error('review insert returned nothing')
    for (const g of body.goals) {
      await tx
        .insert(casePlanReviewGoals)
        .values({ reviewId: review.id, goalId: g.goalId, progress: g.progress.trim(), statusAfter: g.status })
      await tx
        .update(casePlanGoals)
        .set({ status: g.status, version: sql`${casePlanGoals.version} + 1`, updatedAt: sql`now()` })
        .where(eq(casePlanGoals.id, g.goalId))
    }
    await audit(
      ctx,
      {
        action: 'plan.review.create',
        entityType: 'case_plan_review',
        entityId: review.id,
        details: { familyId },
      },
      tx,
    )
    return review.id
  })
  const plan = await getCasePlan(ctx, familyId)
  const created = plan.reviews.find((r) => r.id === reviewId)
  if (!created) throw new AccessEndedError()
  return created
}
