import { randomUUID } from 'node:crypto'
import type { EnrolBody, Enrolment, EnrolmentStatus } from '@onestop/contracts'
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, familyMemberships, groupRuns } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { OPEN_FAMILY_STATUSES } from '../bookings/checks.js'
import { assertServiceInPartnership } from '../bookings/partner-specialist.js'
import { familyForActor } from '../families/access.js'
import { findMethodology } from '../methodologies/methodologies.js'
import { assertOpen, type RunRow, runOfOrganisation } from './access.js'
import { assertAskedFields, assertEnrolmentRules, type Enrollee } from './enrolment-rules.js'
import { loadEnrolment } from './enrolment-view.js'
import { fits, placesOf, promoteFromWaitlist } from './places.js'
import { nonBlank } from './text.js'

/** The person's current family and role there; the caller must be able to contribute to it (404 or 403). */
async function familyToEnrolFrom(ctx: SignedInContext, personId: string) {
  const [membership] = await ctx.db
    .select({ familyId: familyMemberships.familyId, role: familyMemberships.role })
    .from(familyMemberships)
    .where(and(eq(familyMemberships.personId, personId), isNull(familyMemberships.leftAt)))
  if (!membership) throw new NotFoundError('person', personId)
  try {
    const { family } = await familyForActor(ctx, membership.familyId, 'contribute')
    return { family, role: membership.role }
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('person', personId)
    throw error
  }
}

/** One person enrolling: their family, open and (when a partner's) sharing the run's service. */
async function enrollee(ctx: SignedInContext, run: RunRow, personId: string): Promise<Enrollee> {
  const { family, role } = await familyToEnrolFrom(ctx, personId)
  // A shared family joins a partner's group only for a service the partnership names.
  if (family.organisationId !== ctx.actor.organisationId)
    await assertServiceInPartnership(ctx.db, family.organisationId, ctx.actor.organisationId, run.serviceId)
  if (!OPEN_FAMILY_STATUSES.includes(family.status))
    throw new ConflictError(
      `Family ${family.referenceCode} is ${family.status}; only families in intake or active are enrolled.`,
      'family-not-open',
    )
  return { personId, familyId: family.id, role }
}

async function assertNotEnrolled(tx: Database, runId: string, personIds: string[]) {
  const [already] = await tx
    .select({ status: enrolments.status })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.runId, runId),
        inArray(enrolments.personId, personIds),
        ne(enrolments.status, 'withdrawn'),
      ),
    )
  if (already)
    throw new ConflictError(`The person is already ${already.status} in this run.`, 'already-enrolled')
}

/**
 * Enrols while the run has places, otherwise waitlists; a couple enrols or waits together. The run's row
 * lock serialises enrolments, so the count never passes the capacity and queue positions are handed out in
 * the order places were decided. A run of a methodology applies its enrolment rules first.
 */
export async function enrol(ctx: SignedInContext, runId: string, body: EnrolBody): Promise<Enrolment> {
  const planned = await runOfOrganisation(ctx.db, ctx.actor, runId)
  assertOpen(planned)
  const methodology = planned.methodologyId
    ? await findMethodology(ctx.db, planned.organisationId, planned.methodologyId)
    : null
  assertAskedFields(methodology, body)
  const personIds = [body.personId, ...(body.partnerPersonId ? [body.partnerPersonId] : [])]
  const enrollees: Enrollee[] = []
  for (const personId of personIds) enrollees.push(await enrollee(ctx, planned, personId))
  if (methodology) await assertEnrolmentRules(ctx.db, methodology, runId, body, enrollees)
  const couple = Boolean(methodology?.enrolmentRules.couples) && enrollees.every((e) => e.role !== 'child')
  const coupleId = couple ? randomUUID() : null
  const ids = await ctx.db.transaction(async (tx) => {
    assertOpen(await runOfOrganisation(tx, ctx.actor, runId, true))
    await assertNotEnrolled(tx, runId, personIds)
    const places = await placesOf(tx, runId)
    const status: EnrolmentStatus =
      places.waitlisted === 0 && fits(places, enrollees.length, couple) ? 'enrolled' : 'waitlisted'
    const rows = await tx
      .insert(enrolments)
      .values(
        enrollees.map((e) => ({
          runId,
          personId: e.personId,
          familyId: e.familyId,
          status,
          coupleId,
          expectedBirthOn: body.expectedBirthOn ?? null,
          courtProceedingsOnHold: body.courtProceedingsOnHold ?? false,
          createdById: ctx.actor.id,
        })),
      )
      .returning({ id: enrolments.id, personId: enrolments.personId, familyId: enrolments.familyId })
    if (status === 'enrolled')
      await tx
        .update(groupRuns)
        .set({ enrolledCount: sql`${groupRuns.enrolledCount} + ${rows.length}` })
        .where(eq(groupRuns.id, runId))
    for (const row of rows)
      await audit(
        ctx,
        {
          action: `group_enrolment.${status === 'enrolled' ? 'enrol' : 'waitlist'}`,
          entityType: 'enrolment',
          entityId: row.id,
          details: { runId, personId: row.personId, familyId: row.familyId, coupleId },
        },
        tx,
      )
    return rows.map((row) => row.id)
  })
  const [id] = ids
  if (!id) throw new Error('enrolment insert returned nothing')
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
      .select({ status: enrolments.status, coupleId: enrolments.coupleId })
      .from(enrolments)
      .where(eq(enrolments.id, enrolmentId))
    if (!enrolment || enrolment.status === 'withdrawn')
      throw new ConflictError('The enrolment is already withdrawn.', 'invalid-transition')
    // A couple leaves together.
    const leaving = await tx
      .update(enrolments)
      .set({ status: 'withdrawn', withdrawReason: why, updatedAt: sql`now()` })
      .where(
        and(
          ne(enrolments.status, 'withdrawn'),
          enrolment.coupleId ? eq(enrolments.coupleId, enrolment.coupleId) : eq(enrolments.id, enrolmentId),
        ),
      )
      .returning({ id: enrolments.id, personId: enrolments.personId })
    if (enrolment.status === 'enrolled')
      await tx
        .update(groupRuns)
        .set({ enrolledCount: sql`${groupRuns.enrolledCount} - ${leaving.length}` })
        .where(eq(groupRuns.id, runId))
    const promoted = await promoteFromWaitlist(tx, runId)
    for (const left of leaving)
      await audit(
        ctx,
        {
          action: 'group_enrolment.withdraw',
          entityType: 'enrolment',
          entityId: left.id,
          details: { runId, personId: left.personId, reason: why, promotedEnrolmentIds: promoted },
        },
        tx,
      )
  })
  return loadEnrolment(ctx.db, enrolmentId)
}
