import type { Appointment } from '@onestop/contracts'
import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import {
  appointmentParticipants,
  appointments,
  families,
  persons,
  rooms,
  services,
  users,
} from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { visibleFamilies } from '../families/access.js'

/** The caller's own appointments and those of families they may see are shown in full. */
export const fullyVisible = (actor: Actor): SQL =>
  sql`(${appointments.specialistId} = ${actor.id} or ${visibleFamilies(actor)})`

export const selectAppointmentRows = (db: Database, actor: Actor) =>
  db
    .select({
      appointment: appointments,
      specialistName: users.name,
      roomName: rooms.name,
      siteId: rooms.siteId,
      serviceName: services.nameLt,
      familyReferenceCode: families.referenceCode,
      full: sql<boolean>`${fullyVisible(actor)}`,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.specialistId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(families, eq(families.id, appointments.familyId))
    .leftJoin(rooms, eq(rooms.id, appointments.roomId))

type Row = Awaited<ReturnType<ReturnType<typeof selectAppointmentRows>['where']>>[number]
type Participant = { personId: string; name: string }

/** Participants' names of the given appointments. */
export async function participantsOf(db: Database, ids: string[]): Promise<Map<string, Participant[]>> {
  const byAppointment = new Map<string, Participant[]>()
  if (ids.length === 0) return byAppointment
  const rows = await db
    .select({
      appointmentId: appointmentParticipants.appointmentId,
      personId: persons.id,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
    })
    .from(appointmentParticipants)
    .innerJoin(persons, eq(persons.id, appointmentParticipants.personId))
    .where(inArray(appointmentParticipants.appointmentId, ids))
    .orderBy(asc(persons.givenName), asc(persons.id))
  for (const { appointmentId, ...participant } of rows)
    byAppointment.set(appointmentId, [...(byAppointment.get(appointmentId) ?? []), participant])
  return byAppointment
}

export function toAppointment(row: Row, participants: Participant[] | undefined, full: boolean): Appointment {
  const a = row.appointment
  return {
    id: a.id,
    visibility: full ? 'full' : 'busy',
    organisationId: a.organisationId,
    specialist: { id: a.specialistId, name: row.specialistName },
    roomId: a.roomId,
    roomName: row.roomName,
    siteId: row.siteId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
    serviceId: full ? a.serviceId : null,
    serviceName: full ? row.serviceName : null,
    familyId: full ? a.familyId : null,
    familyReferenceCode: full ? row.familyReferenceCode : null,
    participants: full ? (participants ?? []) : null,
    cancelReason: full ? a.cancelReason : null,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  }
}

/** One appointment in full, for a caller already allowed to see it. */
export async function loadAppointmentView(db: Database, actor: Actor, id: string): Promise<Appointment> {
  const [row] = await selectAppointmentRows(db, actor).where(eq(appointments.id, id))
  if (!row) throw new NotFoundError('appointment', id)
  return toAppointment(row, (await participantsOf(db, [id])).get(id), true)
}
