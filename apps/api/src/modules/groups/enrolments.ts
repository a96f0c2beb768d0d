import type { Enrolment } from '@onestop/contracts'
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, familyMemberships, groupRuns } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { OPEN_FAMILY_STATUSES } from '../bookings/checks.js'
import { assertServiceInPartnership } from '../bookings/partner-specialist.js'
import { familyForActor } from '../families/access.js'
import { assertOpen, runOfOrganisation } from './access.js'
import { loadEnrolment } from './enrolment-view.js'
import { nonBlank } from './text.js'

/**
 * Fills the run's free places from the waitlist, lowest queue position first. The caller holds the run's
 * row lock, so nobody enrols in between.
 */
export async function promoteFromWaitlist(tx: Database, runId: string): Promise<string[]> {
  const [run] = await tx
    .select({ free: sql<number>`${groupRuns.capacity} - ${groupRuns.enrolledCount}` })
    .from(groupRuns)
    .where(eq(groupRuns.id, runId))
  if (!run || run.free <= 0) return []
  const next = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.runId, runId), eq(enrolments.status, 'waitlisted')))
    .orderBy(asc(enrolments.queuePosition))
    .limit(run.free)
  if (next.length === 0) return []
  const ids = next.map((e) => e.id)
  await tx
    .update(enrolments)
    .set({ status: 'enrolled', updatedAt: sql`now()` })
    .where(inArray(enrolments.id, ids))
  await tx
    .update(groupRuns)
    .set({ enrolledCount: sql`${groupRuns.enrolledCount} + ${ids.length}` })
    .where(eq(groupRuns.id, runId))
  return ids
}

/** The person's current family, which the caller must be able to contribute to; otherwise 404 or 403. */
async function familyToEnrolFrom(ctx: SignedInContext, personId: string) {
  const [membership] = await ctx.db
    .select({ familyId: familyMemberships.familyId })
    .from(familyMemberships)
    .where(and(eq(familyMemberships.personId, personId), isNull(familyMemberships.leftAt)))
  if (!membership) throw new NotFoundError('person', personId)
  try {
    const { family } = await familyForActor(ctx, membership.familyId, 'contribute')
    return family
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('person', personId)
    throw error
  }
}

/**
 * Enrols while the run has places, otherwise waitlists. The run's row lock serialises enrolments, so the
 * count never passes the capacity and queue positions are handed out in the order places were decided.
 */
export async function enrol(ctx: SignedInContext, runId: string, personId: string): Promise<Enrolment> {
  const planned = await runOfOrganisation(ctx.db, ctx.actor, runId)
  assertOpen(planned)
  const family = await familyToEnrolFrom(ctx, personId)
  // A shared family joins a partner's group only for a service the partnership names.
  if (family.organisationId !== ctx.actor.organisationId)
    await assertServiceInPartnership(
      ctx.db,
      family.organisationId,
      ctx.actor.organisationId,
      planned.serviceId,
    )
  if (!OPEN_FAMILY_STATUSES.includes(family.status))
    throw new ConflictError(
      `Family ${family.referenceCode} is ${family.status}; only families in intake or active are enrolled.`,
      'family-not-open',
    )
  const id = await ctx.db.transaction(async (tx) => {
    const run = await runOfOrganisation(tx, ctx.actor, runId, true)
    assertOpen(run)
    const [already] = await tx
      .select({ status: enrolments.status })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.runId, runId),
          eq(enrolments.personId, personId),
          ne(enrolments.status, 'withdrawn'),
        ),
      )
    if (already)
      throw new ConflictError(`The person is already ${already.status} in this run.`, 'already-enrolled')
    const status = run.enrolledCount < run.capacity ? 'enrolled' : 'waitlisted'
    const [row] = await tx
      .insert(enrolments)
      .values({ runId, personId, familyId: family.id, status, createdById: ctx.actor.id })
      .returning({ id: enrolments.id })
    if (!row) throw new Error('enrolment insert returned nothing')
    if (status === 'enrolled')
      await tx
        .update(groupRuns)
        .set({ enrolledCount: sql`${groupRuns.enrolledCount} + 1` })
        .where(eq(groupRuns.id, runId))
    await audit(
      ctx,
      {
        action: `group_enrolment.${status === 'enrolled' ? 'enrol' : 'waitlist'}`,
        entityType: 'enrolment',
        entityId: row.id,
        details: { runId, personId, familyId: family.id },
      },
      tx,
    )
    return row.id
  })
  return loadEnrolment(ctx.db, id)
}

/** Gives up a place or a waitlist spot; a freed place goes to the first on the waitlist at once. */
export async function withdraw(
  ctx: SignedInContext,
  runId: string,
  enrolmentId: string,
  reason: string,
): Promise<Enrolment> {
  const why = nonBlank(reason, '/reason')
  await runOfOrganisation(ctx.db, ctx.actor, runId)
  const [found] = await ctx.db
    .select({ familyId: enrolments.familyId })
    .from(enrolments)
    .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.runId, runId)))
  if (!found) throw new NotFoundError('enrolment', enrolmentId)
  try {
    await familyForActor(ctx, found.familyId, 'contribute')
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('enrolment', enrolmentId)
    throw error
  }
  await ctx.db.transaction(async (tx) => {
    assertOpen(await runOfOrganisation(tx, ctx.actor, runId, true))
    const [enrolment] = await tx
      .select({ status: enrolments.status, personId: enrolments.personId })
      .from(enrolments)
      .where(eq(enrolments.id, enrolmentId))
    if (!enrolment || enrolment.status === 'withdrawn')
      throw new ConflictError('The enrolment is already withdrawn.', 'invalid-transition')
    await tx
      .update(enrolments)
      .set({ status: 'withdrawn', withdrawReason: why, updatedAt: sql`now()` })
      .where(eq(enrolments.id, enrolmentId))
    if (enrolment.status === 'enrolled')
      await tx
        .update(groupRuns)
        .set({ enrolledCount: sql`${groupRuns.enrolledCount} - 1` })
        .where(eq(groupRuns.id, runId))
    const promoted = await promoteFromWaitlist(tx, runId)
    await audit(
      ctx,
      {
        action: 'group_enrolment.withdraw',
        entityType: 'enrolment',
        entityId: enrolmentId,
        details: { runId, personId: enrolment.personId, reason: why, promotedEnrolmentIds: promoted },
      },
      tx,
    )
  })
  return loadEnrolment(ctx.db, enrolmentId)
}
