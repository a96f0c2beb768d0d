import type { AppointmentStatus, RescheduleAppointmentBody } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { appointmentParticipants, appointments } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, PreconditionFailedError } from '../../lib/errors.js'
import { deliverAppointment } from '../delivery/appointment.js'
import { type AppointmentRow, appointmentForActor } from './access.js'
import { checkBooking } from './checks.js'
import { parsePeriod } from './period.js'
import { findClash, release, reserve, slotResources, whileReserving } from './reservations.js'
import { loadAppointmentView } from './view.js'

export async function getAppointment(ctx: SignedInContext, appointmentId: string) {
  const row = await appointmentForActor(ctx, appointmentId, 'read')
  await audit(ctx, {
    action: 'appointment.read',
    entityType: 'appointment',
    entityId: row.id,
    details: { familyId: row.familyId },
  })
  return loadAppointmentView(ctx.db, ctx.actor, appointmentId)
}

function assertScheduled(row: AppointmentRow, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && row.version !== expectedVersion)
    throw new PreconditionFailedError('appointment')
  if (row.status !== 'scheduled')
    throw new ConflictError(
      `The appointment is already ${row.status.replace('_', ' ')}.`,
      'invalid-transition',
    )
}

export async function rescheduleAppointment(
  ctx: SignedInContext,
  appointmentId: string,
  expectedVersion: number,
  body: Static<typeof RescheduleAppointmentBody>,
) {
  const row = await appointmentForActor(ctx, appointmentId, 'book')
  assertScheduled(row, expectedVersion)
  const period = parsePeriod(body.startsAt, body.endsAt)
  const participants = await ctx.db
    .select({ personId: appointmentParticipants.personId })
    .from(appointmentParticipants)
    .where(eq(appointmentParticipants.appointmentId, appointmentId))
  const input = {
    serviceId: row.serviceId,
    specialistId: row.specialistId,
    familyId: row.familyId,
    participantIds: participants.map((p) => p.personId),
    roomId: body.roomId === undefined ? row.roomId : body.roomId,
    ...period,
  }
  const names = await checkBooking(ctx.db, ctx.actor, input)
  const clash = await findClash(ctx.db, input, names, appointmentId)
  if (clash) throw clash

  await whileReserving(
    ctx.db,
    input,
    names,
    () =>
      ctx.db.transaction(async (tx) => {
        const moved = await tx
          .update(appointments)
          .set({
            startsAt: period.startsAt,
            endsAt: period.endsAt,
            roomId: input.roomId,
            version: sql`${appointments.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(
            and(
              eq(appointments.id, appointmentId),
              eq(appointments.version, expectedVersion),
              eq(appointments.status, 'scheduled'),
            ),
          )
          .returning({ id: appointments.id })
        if (moved.length === 0) throw new PreconditionFailedError('appointment')
        await release(tx, { kind: 'appointment', id: appointmentId })
        await reserve(tx, { kind: 'appointment', id: appointmentId }, input, slotResources(input))
        await audit(
          ctx,
          {
            action: 'appointment.reschedule',
            entityType: 'appointment',
            entityId: appointmentId,
            details: {
              from: { startsAt: row.startsAt.toISOString(), roomId: row.roomId },
              to: { startsAt: period.startsAt.toISOString(), roomId: input.roomId },
            },
          },
          tx,
        )
      }),
    appointmentId,
  )
  return loadAppointmentView(ctx.db, ctx.actor, appointmentId)
}

type Outcome = Exclude<AppointmentStatus, 'scheduled'>

/** Cancels (freeing the time), or records that it was delivered or missed once it has started. */
export async function closeAppointment(
  ctx: SignedInContext,
  appointmentId: string,
  status: Outcome,
  expectedVersion: number | undefined,
  reason?: string,
) {
  const cancelReason = status === 'cancelled' ? reason?.trim() : null
  if (cancelReason === '' || cancelReason === undefined)
    throw new BadRequestError('Say why the appointment is cancelled.', [
      { pointer: '/reason', code: 'blank-text' },
    ])
  const row = await appointmentForActor(ctx, appointmentId, 'book')
  assertScheduled(row, expectedVersion)
  if (status !== 'cancelled' && row.startsAt.getTime() > Date.now())
    throw new ConflictError('The appointment has not started yet.', 'invalid-transition')
  await ctx.db.transaction(async (tx) => {
    const changed = await tx
      .update(appointments)
      .set({
        status,
        cancelReason,
        version: sql`${appointments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(appointments.id, appointmentId),
          eq(appointments.status, 'scheduled'),
          eq(appointments.version, row.version),
        ),
      )
      .returning({ id: appointments.id })
    if (changed.length === 0)
      throw new ConflictError('The appointment was changed a moment ago; reload it.', 'invalid-transition')
    if (status === 'cancelled') await release(tx, { kind: 'appointment', id: appointmentId })
    if (status === 'completed') await deliverAppointment(tx, row)
    await audit(
      ctx,
      {
        action: `appointment.${status}`,
        entityType: 'appointment',
        entityId: appointmentId,
        details: cancelReason ? { reason: cancelReason } : {},
      },
      tx,
    )
  })
  return loadAppointmentView(ctx.db, ctx.actor, appointmentId)
}
