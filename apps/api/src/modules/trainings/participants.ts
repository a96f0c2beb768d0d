import type { EnrolTrainingParticipantBody, TrainingParticipant } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { trainingParticipants, trainings } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { sqlState, UNIQUE_VIOLATION, violatedConstraint } from '../../lib/db-errors.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { assertNotCancelled, trainingOfOrganisation } from './access.js'
import { loadParticipant } from './view.js'

type Enrolment = Static<typeof EnrolTrainingParticipantBody>

const CHECK_VIOLATION = '23514'

/**
 * A staff member of the organisation, or of a partner organisation under a live partnership (409
 * otherwise); one row-level security hides is 404.
 */
async function checkStaffParticipant(ctx: SignedInContext, userId: string) {
  const [staff] = await queryRows<{ id: string; partnered: boolean; own: boolean }>(
    ctx.db,
    sql`select u.id, u.organisation_id = ${ctx.actor.organisationId} as own,
        u.organisation_id = any(app_partnered_organisation_ids()) as partnered
      from users u where u.id = ${userId}`,
  )
  if (!staff) throw new NotFoundError('staff member', userId)
  if (!staff.own && !staff.partnered)
    throw new ConflictError(
      "The staff member's organisation has no live partnership with yours.",
      'partnership-required',
    )
}

/** Who the enrolment names, as stored. */
const participantValues = (body: Enrolment) =>
  'userId' in body
    ? { userId: body.userId }
    : { name: body.name.trim(), organisation: body.organisation.trim(), email: body.email.trim() }

const alreadyEnrolled = () =>
  new ConflictError('The participant is already enrolled in this training.', 'already-enrolled')

/**
 * Takes a place while the training has one. The training's row lock serialises enrolments; the check
 * constraint on `enrolled_count` refuses an over-full training even without it.
 */
async function takePlace(ctx: SignedInContext, tx: Database, trainingId: string, body: Enrolment) {
  const training = await trainingOfOrganisation(tx, ctx.actor, trainingId, true)
  assertNotCancelled(training)
  const values = participantValues(body)
  const [already] = await tx
    .select({ id: trainingParticipants.id })
    .from(trainingParticipants)
    .where(
      and(
        eq(trainingParticipants.trainingId, trainingId),
        eq(trainingParticipants.status, 'enrolled'),
        'userId' in body
          ? eq(trainingParticipants.userId, body.userId)
          : sql`lower(${trainingParticipants.email}) = lower(${body.email.trim()})`,
      ),
    )
  if (already) throw alreadyEnrolled()
  if (training.enrolledCount >= training.capacity)
    throw new ConflictError(`The training is full: ${training.capacity} places taken.`, 'training-full')
  const [row] = await tx
    .insert(trainingParticipants)
    .values({ trainingId, ...values, createdById: ctx.actor.id })
    .returning({ id: trainingParticipants.id })
  if (!row) throw new Error('participant insert returned nothing')
  await tx
    .update(trainings)
    .set({ enrolledCount: sql`${trainings.enrolledCount} + 1` })
    .where(eq(trainings.id, trainingId))
  await audit(
    ctx,
    {
      action: 'training_participant.enrol',
      entityType: 'training_participant',
      entityId: row.id,
      details: { trainingId, ...values },
    },
    tx,
  )
  return { id: row.id, kind: training.kind }
}

export async function enrolParticipant(
  ctx: SignedInContext,
  trainingId: string,
  body: Enrolment,
): Promise<TrainingParticipant> {
  assertNotCancelled(await trainingOfOrganisation(ctx.db, ctx.actor, trainingId))
  if ('userId' in body) await checkStaffParticipant(ctx, body.userId)
  try {
    const { id, kind } = await ctx.db.transaction((tx) => takePlace(ctx, tx, trainingId, body))
    return loadParticipant(ctx.db, kind, id)
  } catch (error) {
    const state = sqlState(error)
    if (state === CHECK_VIOLATION && violatedConstraint(error) === 'trainings_enrolled_check')
      throw new ConflictError('The training is full.', 'training-full')
    if (state === UNIQUE_VIOLATION) throw alreadyEnrolled()
    throw error
  }
}

/** Gives up a place; a participant whose completion is recorded stays. */
export async function withdrawParticipant(
  ctx: SignedInContext,
  trainingId: string,
  participantId: string,
  reason: string,
): Promise<TrainingParticipant> {
  const why = reason.trim()
  const kind = await ctx.db.transaction(async (tx) => {
    const training = await trainingOfOrganisation(tx, ctx.actor, trainingId, true)
    assertNotCancelled(training)
    const [participant] = await tx
      .select()
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.id, participantId), eq(trainingParticipants.trainingId, trainingId)))
    if (!participant) throw new NotFoundError('participant', participantId)
    if (participant.status === 'withdrawn' || participant.completion !== null)
      throw new ConflictError(
        participant.status === 'withdrawn'
          ? 'The participant has already withdrawn.'
          : 'Completion is recorded: the participant cannot withdraw.',
        'invalid-transition',
      )
    await tx
      .update(trainingParticipants)
      .set({ status: 'withdrawn', withdrawReason: why, updatedAt: sql`now()` })
      .where(eq(trainingParticipants.id, participantId))
    await tx
      .update(trainings)
      .set({ enrolledCount: sql`${trainings.enrolledCount} - 1` })
      .where(eq(trainings.id, trainingId))
    await audit(
      ctx,
      {
        action: 'training_participant.withdraw',
        entityType: 'training_participant',
        entityId: participantId,
        details: { trainingId, reason: why },
      },
      tx,
    )
    return training.kind
  })
  return loadParticipant(ctx.db, kind, participantId)
}
