import type { ListAppointmentsQuery } from '@onestop/contracts'
import { and, asc, eq, gt, lt, or, type SQL } from 'drizzle-orm'
import type { Static } from 'typebox'
import { appointments, rooms } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { visibleFamilies } from '../families/access.js'
import { fullyVisible, participantsOf, selectAppointmentRows, toAppointment } from './view.js'

/**
 * The organisation's calendar: in full what the caller may see, the rest as busy time. A family filter
 * lists only what the caller may see of that family.
 */
export async function listAppointments(ctx: SignedInContext, query: Static<typeof ListAppointmentsQuery>) {
  const { actor } = ctx
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [
    or(
      eq(appointments.organisationId, actor.organisationId),
      eq(appointments.specialistId, actor.id),
      visibleFamilies(actor),
    ),
  ]
  if (query.specialistId) conditions.push(eq(appointments.specialistId, query.specialistId))
  if (query.roomId) conditions.push(eq(appointments.roomId, query.roomId))
  if (query.familyId) conditions.push(eq(appointments.familyId, query.familyId), fullyVisible(actor))
  if (query.siteId) conditions.push(eq(rooms.siteId, query.siteId))
  if (query.from) conditions.push(gt(appointments.endsAt, new Date(query.from)))
  if (query.to) conditions.push(lt(appointments.startsAt, new Date(query.to)))
  if (query.status) conditions.push(eq(appointments.status, query.status))
  conditions.push(pastTimeCursor(appointments.startsAt, appointments.id, cursor, 'asc'))
  const rows = await selectAppointmentRows(ctx.db, actor)
    .where(and(...conditions))
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({
    k: row.appointment.startsAt.toISOString(),
    id: row.appointment.id,
  }))
  const full = page.items.filter((row) => row.full).map((row) => row.appointment.id)
  const participants = await participantsOf(ctx.db, full)
  await audit(ctx, {
    action: 'appointment.list',
    entityType: 'appointment',
    details: {
      appointments: full,
      busy: page.items.length - full.length,
      filters: { ...query, cursor: undefined },
    },
  })
  return {
    items: page.items.map((row) =>
      toAppointment(row, participants.get(row.appointment.id), Boolean(row.full)),
    ),
    nextCursor: page.nextCursor,
  }
}
