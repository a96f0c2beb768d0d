import type { CreateTrainingBody, UpdateTrainingBody } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { trainingParticipants, trainingSessions, trainings, trainingTrainers } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { explainingClashes, release, reserve } from '../bookings/reservations.js'
import { findSessionClash } from '../groups/plan.js'
import {
  assertLastSessionStarted,
  assertNotCancelled,
  managesTrainings,
  trainingOfOrganisation,
} from './access.js'
import { checkTrainingPlan, plannedPeriods } from './plan.js'
import { loadTraining } from './view.js'
import { asSeenByStaff } from './visibility.js'

/** Checks that nobody and no room is booked, then reserves every session; a clash is a 409 naming it. */
export async function createTraining(ctx: SignedInContext, body: CreateTrainingBody) {
  const { actor } = ctx
  const periods = plannedPeriods(body.sessions)
  const plan = await checkTrainingPlan(ctx.db, actor, body)
  const first = periods[0]
  const last = periods.at(-1)
  if (!first || !last) throw new Error('a training has sessions')
  const clash = await findSessionClash(ctx.db, periods, plan)
  if (clash) throw clash
  const trainingId = await explainingClashes(
    () =>
      ctx.db.transaction(async (tx) => {
        const [training] = await tx
          .insert(trainings)
          .values({
            organisationId: actor.organisationId,
            methodologyId: body.methodologyId,
            kind: body.kind,
            title: body.title.trim(),
            roomId: plan.roomId,
            capacity: body.capacity,
            outsideTrainers: (body.outsideTrainers ?? []).map((t) => ({
              name: t.name.trim(),
              organisation: t.organisation.trim(),
            })),
            startsOn: todayInVilnius(first.startsAt),
            endsOn: todayInVilnius(last.startsAt),
            createdById: actor.id,
          })
          .returning({ id: trainings.id })
        if (!training) throw new Error('training insert returned nothing')
        if (plan.staffIds.length)
          await tx
            .insert(trainingTrainers)
            .values(plan.staffIds.map((userId) => ({ trainingId: training.id, userId })))
        const sessions = await tx
          .insert(trainingSessions)
          .values(periods.map((period) => ({ trainingId: training.id, ...period })))
          .returning({
            id: trainingSessions.id,
            startsAt: trainingSessions.startsAt,
            endsAt: trainingSessions.endsAt,
          })
        for (const { id, ...period } of sessions) await reserve(tx, { kind: 'training', id }, period, plan)
        await audit(
          ctx,
          {
            action: 'training.create',
            entityType: 'training',
            entityId: training.id,
            details: {
              methodologyId: body.methodologyId,
              kind: body.kind,
              trainerIds: plan.staffIds,
              roomId: plan.roomId,
              sessionIds: sessions.map((s) => s.id),
            },
          },
          tx,
        )
        return training.id
      }),
    () => findSessionClash(ctx.db, periods, plan),
  )
  return loadTraining(ctx.db, trainingId)
}

/** Whether the caller trains in the training or takes part in it. */
async function takesPart(db: Database, userId: string, trainingId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(trainings)
    .where(
      and(
        eq(trainings.id, trainingId),
        sql`(exists (select 1 from ${trainingTrainers} t where t.training_id = ${trainings.id} and t.user_id = ${userId})
          or exists (select 1 from ${trainingParticipants} p where p.training_id = ${trainings.id}
            and p.user_id = ${userId} and p.status = 'enrolled'))`,
      ),
    )
  return Boolean(row)
}

/**
 * Coordinators and admins read any training of the organisation; others one they train or take part in,
 * with its participants by name only (see asSeenByStaff).
 */
export async function getTraining(ctx: SignedInContext, trainingId: string) {
  await trainingOfOrganisation(ctx.db, ctx.actor, trainingId)
  const manages = managesTrainings(ctx.actor.roles)
  if (!manages && !(await takesPart(ctx.db, ctx.actor.id, trainingId)))
    throw new NotFoundError('training', trainingId)
  const loaded = await loadTraining(ctx.db, trainingId)
  const training = manages ? loaded : asSeenByStaff(loaded, ctx.actor.id)
  await audit(ctx, {
    action: 'training.read',
    entityType: 'training',
    entityId: trainingId,
    details: { participantIds: training.participants.map((p) => p.id) },
  })
  return training
}

const bumpVersion = { version: sql`${trainings.version} + 1`, updatedAt: sql`now()` }

/**
 * Title, capacity (not below those enrolled), outside trainers and planned ↔ completed (once the last
 * session has started), under the row lock.
 */
export async function updateTraining(
  ctx: SignedInContext,
  trainingId: string,
  expectedVersion: number,
  body: Static<typeof UpdateTrainingBody>,
) {
  await trainingOfOrganisation(ctx.db, ctx.actor, trainingId)
  await ctx.db.transaction(async (tx) => {
    const training = await trainingOfOrganisation(tx, ctx.actor, trainingId, true)
    if (training.version !== expectedVersion) throw new PreconditionFailedError('training')
    assertNotCancelled(training)
    if (body.status === 'completed' && training.status !== 'completed')
      await assertLastSessionStarted(tx, training)
    const capacity = body.capacity ?? training.capacity
    if (capacity < training.enrolledCount)
      throw new ConflictError(
        `${training.enrolledCount} participants are enrolled; withdraw some before lowering the capacity to ${capacity}.`,
        'training-full',
      )
    await tx
      .update(trainings)
      .set({
        title: body.title?.trim(),
        capacity,
        outsideTrainers: body.outsideTrainers?.map((t) => ({
          name: t.name.trim(),
          organisation: t.organisation.trim(),
        })),
        status: body.status,
        ...bumpVersion,
      })
      .where(eq(trainings.id, trainingId))
    await audit(
      ctx,
      {
        action: 'training.update',
        entityType: 'training',
        entityId: trainingId,
        details: {
          fields: Object.keys(body),
          from: { title: training.title, capacity: training.capacity, status: training.status },
        },
      },
      tx,
    )
  })
  return loadTraining(ctx.db, trainingId)
}

/** Cancels a planned training and frees the time of its room and trainers. */
export async function cancelTraining(
  ctx: SignedInContext,
  trainingId: string,
  expectedVersion: number,
  reason: string,
) {
  await trainingOfOrganisation(ctx.db, ctx.actor, trainingId)
  await ctx.db.transaction(async (tx) => {
    const training = await trainingOfOrganisation(tx, ctx.actor, trainingId, true)
    if (training.version !== expectedVersion) throw new PreconditionFailedError('training')
    if (training.status !== 'planned')
      throw new ConflictError(`The training "${training.title}" is ${training.status}.`, 'training-closed')
    await tx
      .update(trainings)
      .set({ status: 'cancelled', cancelReason: reason.trim(), ...bumpVersion })
      .where(eq(trainings.id, trainingId))
    const sessions = await tx
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .where(eq(trainingSessions.trainingId, trainingId))
    for (const { id } of sessions) await release(tx, { kind: 'training', id })
    await audit(
      ctx,
      {
        action: 'training.cancel',
        entityType: 'training',
        entityId: trainingId,
        details: { reason: reason.trim() },
      },
      tx,
    )
  })
  return loadTraining(ctx.db, trainingId)
}
