import type { CreateAppointmentBody } from '@onestop/contracts'
import type { Static } from 'typebox'
import { appointmentParticipants, appointments } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { familyForActor } from '../families/access.js'
import { holdPackages } from '../service-packages/booking-limit.js'
import { bookingNeed } from './access.js'
import { checkBooking } from './checks.js'
import { parsePeriod } from './period.js'
import { findClash, reserve, slotResources, whileReserving } from './reservations.js'
import { loadAppointmentView } from './view.js'

export async function createAppointment(ctx: SignedInContext, body: Static<typeof CreateAppointmentBody>) {
  const { actor } = ctx
  const period = parsePeriod(body.startsAt, body.endsAt)
  await familyForActor(ctx, body.familyId, bookingNeed(actor))
  const input = { ...body, ...period, roomId: body.roomId ?? null }
  const names = await checkBooking(ctx.db, actor, input)
  const clash = await findClash(ctx.db, input, names)
  if (clash) throw clash

  const { id, warnings } = await whileReserving(ctx.db, input, names, () =>
    ctx.db.transaction(async (tx) => {
      const warnings = await holdPackages(tx, body)
      const [row] = await tx
        .insert(appointments)
        .values({
          organisationId: actor.organisationId,
          serviceId: body.serviceId,
          specialistId: body.specialistId,
          roomId: input.roomId,
          familyId: body.familyId,
          startsAt: period.startsAt,
          endsAt: period.endsAt,
          createdById: actor.id,
        })
        .returning({ id: appointments.id })
      if (!row) throw new Error('appointment insert returned nothing')
      await tx
        .insert(appointmentParticipants)
        .values(body.participantIds.map((personId) => ({ appointmentId: row.id, personId })))
      await reserve(tx, { kind: 'appointment', id: row.id }, input, slotResources(input))
      await audit(
        ctx,
        {
          action: 'appointment.create',
          entityType: 'appointment',
          entityId: row.id,
          details: { familyId: body.familyId, specialistId: body.specialistId, roomId: input.roomId },
        },
        tx,
      )
      return { id: row.id, warnings }
    }),
  )
  const appointment = await loadAppointmentView(ctx.db, actor, id)
  return warnings.length ? { ...appointment, warnings } : appointment
}
