import { eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { appointmentParticipants, type appointments } from '../../db/schema/index.js'
import { recordDeliveries } from './record.js'

const MINUTE = 60_000

/** A completed appointment is one delivery of its service to each participant, by its specialist. */
export async function deliverAppointment(tx: Database, appointment: typeof appointments.$inferSelect) {
  const participants = await tx
    .select({ personId: appointmentParticipants.personId })
    .from(appointmentParticipants)
    .where(eq(appointmentParticipants.appointmentId, appointment.id))
  await recordDeliveries(
    tx,
    { kind: 'appointment', id: appointment.id },
    participants.map(({ personId }) => ({
      organisationId: appointment.organisationId,
      serviceId: appointment.serviceId,
      familyId: appointment.familyId,
      personId,
      deliveredById: appointment.specialistId,
      deliveredAt: appointment.startsAt,
      durationMinutes: Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / MINUTE),
    })),
  )
}
