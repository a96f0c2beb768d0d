import type { CalendarEvent } from '@onestop/contracts'
import { and, type Column, eq, gt, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { appointments, groupRunFacilitators, groupRuns, groupSessions, rooms } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { qualified } from '../../lib/sql.js'
import { participantsOf, selectAppointmentRows } from '../bookings/view.js'
import { visibleFamilies } from '../families/access.js'

/** Whose calendar: exactly one specialist, room or site. */
export type CalendarScope = { specialistId: string } | { roomId: string } | { siteId: string }

export interface CalendarQuery {
  scope: CalendarScope
  from: Date
  to: Date
  includeCancelled: boolean
}

/**
 * Appointments and group sessions last at most 8 hours (bookings/period.ts), so one overlapping the period
 * starts less than a day before it: this lower bound turns the overlap test into a range scan of the
 * `(…, starts_at)` indexes.
 */
const LONGEST_EVENT_MS = 24 * 60 * 60 * 1000

const overlapping = (startsAt: Column, endsAt: Column, q: CalendarQuery) =>
  and(lt(startsAt, q.to), gt(startsAt, new Date(q.from.getTime() - LONGEST_EVENT_MS)), gt(endsAt, q.from))

const runsFacilitatedBy = (userId: string) =>
  inArray(
    groupSessions.runId,
    sql`(select ${groupRunFacilitators.runId} from ${groupRunFacilitators} where ${groupRunFacilitators.userId} = ${userId})`,
  )

async function appointmentEvents(db: Database, actor: Actor, q: CalendarQuery): Promise<CalendarEvent[]> {
  const { scope } = q
  const conditions: (SQL | undefined)[] = [
    or(
      eq(appointments.organisationId, actor.organisationId),
      eq(appointments.specialistId, actor.id),
      visibleFamilies(actor),
    ),
    'specialistId' in scope ? eq(appointments.specialistId, scope.specialistId) : undefined,
    'roomId' in scope ? eq(appointments.roomId, scope.roomId) : undefined,
    'siteId' in scope ? eq(rooms.siteId, scope.siteId) : undefined,
    overlapping(appointments.startsAt, appointments.endsAt, q),
    q.includeCancelled ? undefined : ne(appointments.status, 'cancelled'),
  ]
  const rows = await selectAppointmentRows(db, actor).where(and(...conditions))
  const participants = await participantsOf(
    db,
    rows.filter((row) => row.full).map((row) => row.appointment.id),
  )
  return rows.map((row): CalendarEvent => {
    const a = row.appointment
    const full = Boolean(row.full)
    return {
      id: a.id,
      kind: 'appointment',
      visibility: full ? 'full' : 'busy',
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      status: a.status,
      title: full ? row.serviceName : null,
      serviceId: full ? a.serviceId : null,
      staff: [{ id: a.specialistId, name: row.specialistName }],
      room: a.roomId && row.roomName ? { id: a.roomId, name: row.roomName } : null,
      siteId: row.siteId,
      familyId: full ? a.familyId : null,
      familyReferenceCode: full ? row.familyReferenceCode : null,
      participants: full ? (participants.get(a.id) ?? []) : null,
      runId: null,
      enrolledCount: null,
      capacity: null,
    }
  })
}

/** Group sessions carry no family data, so the organisation sees them in full. */
async function groupSessionEvents(db: Database, actor: Actor, q: CalendarQuery): Promise<CalendarEvent[]> {
  const { scope } = q
  const runCancelled = eq(groupRuns.status, 'cancelled')
  const rows = await db
    .select({
      session: groupSessions,
      run: {
        title: groupRuns.title,
        serviceId: groupRuns.serviceId,
        capacity: groupRuns.capacity,
        enrolledCount: groupRuns.enrolledCount,
        roomId: groupRuns.roomId,
        cancelled: sql<boolean>`${runCancelled}`,
      },
      roomName: rooms.name,
      siteId: rooms.siteId,
      facilitators: sql<{ id: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name, u.id)
        from group_run_facilitators f join users u on u.id = f.user_id
        where f.run_id = ${qualified(groupRuns.id)}), '[]'::json)`,
    })
    .from(groupSessions)
    .innerJoin(groupRuns, eq(groupRuns.id, groupSessions.runId))
    .leftJoin(rooms, eq(rooms.id, groupRuns.roomId))
    .where(
      and(
        or(eq(groupRuns.organisationId, actor.organisationId), runsFacilitatedBy(actor.id)),
        'specialistId' in scope ? runsFacilitatedBy(scope.specialistId) : undefined,
        'roomId' in scope ? eq(groupRuns.roomId, scope.roomId) : undefined,
        'siteId' in scope ? eq(rooms.siteId, scope.siteId) : undefined,
        overlapping(groupSessions.startsAt, groupSessions.endsAt, q),
        q.includeCancelled ? undefined : and(ne(groupSessions.status, 'cancelled'), sql`not ${runCancelled}`),
      ),
    )
  return rows.map(
    ({ session, run, roomName, siteId, facilitators }): CalendarEvent => ({
      id: session.id,
      kind: 'group_session',
      visibility: 'full',
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      status: run.cancelled ? 'cancelled' : session.status,
      title: run.title,
      serviceId: run.serviceId,
      staff: facilitators,
      room: run.roomId && roomName ? { id: run.roomId, name: roomName } : null,
      siteId,
      familyId: null,
      familyReferenceCode: null,
      participants: null,
      runId: session.runId,
      enrolledCount: run.enrolledCount,
      capacity: run.capacity,
    }),
  )
}

const byStart = (a: CalendarEvent, b: CalendarEvent) =>
  a.startsAt === b.startsAt ? a.id.localeCompare(b.id) : a.startsAt < b.startsAt ? -1 : 1

/**
 * Appointments and group sessions of one specialist, room or site overlapping a period, earliest first.
 * Appointments follow the bookings list's rule: in full what the caller may see, the rest as busy time.
 * Three queries whatever the number of events: appointments, their participants, and sessions.
 */
export async function calendarEvents(db: Database, actor: Actor, q: CalendarQuery): Promise<CalendarEvent[]> {
  const [booked, sessions] = await Promise.all([
    appointmentEvents(db, actor, q),
    groupSessionEvents(db, actor, q),
  ])
  return [...booked, ...sessions].sort(byStart)
}
