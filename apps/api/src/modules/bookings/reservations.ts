import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { reservations } from '../../db/schema/index.js'
import { EXCLUSION_VIOLATION, sqlState } from '../../lib/db-errors.js'
import { ConflictError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import type { CheckedBooking } from './checks.js'
import { describePeriod, type Period } from './period.js'

export interface Slot extends Period {
  specialistId: string
  roomId: string | null
}

const range = (period: Period) =>
  sql`tstzrange(${period.startsAt.toISOString()}::timestamptz, ${period.endsAt.toISOString()}::timestamptz, '[)')`

/** The first active reservation of the specialist or room overlapping the slot, as a 409 naming it. */
export async function findClash(
  db: Database,
  slot: Slot,
  names: CheckedBooking,
  excludeAppointmentId?: string,
): Promise<ConflictError | undefined> {
  const [clash] = await queryRows<{ kind: 'staff' | 'room'; starts: Date | string; ends: Date | string }>(
    db,
    sql`select resource_kind as kind, lower(period) as starts, upper(period) as ends from reservations
      where active and period && ${range(slot)}
        and ((resource_kind = 'staff' and resource_id = ${slot.specialistId})
          or (resource_kind = 'room' and resource_id = ${slot.roomId}))
        and source_id is distinct from ${excludeAppointmentId ?? null}::uuid
      order by resource_kind desc, lower(period) limit 1`,
  )
  if (!clash) return undefined
  const when = describePeriod({ startsAt: new Date(clash.starts), endsAt: new Date(clash.ends) })
  const who = clash.kind === 'staff' ? names.specialistName : `The room "${names.roomName ?? ''}"`
  return new ConflictError(`${who} is already booked ${when} (Vilnius time).`, 'double-booking')
}

/** Reserves the specialist and the room for an appointment; the exclusion constraint may refuse it. */
export async function reserve(tx: Database, appointmentId: string, slot: Slot): Promise<void> {
  const base = { period: sql`${range(slot)}`, sourceKind: 'appointment' as const, sourceId: appointmentId }
  await tx
    .insert(reservations)
    .values([
      { ...base, resourceKind: 'staff', resourceId: slot.specialistId },
      ...(slot.roomId ? [{ ...base, resourceKind: 'room' as const, resourceId: slot.roomId }] : []),
    ])
}

export async function release(tx: Database, appointmentId: string): Promise<void> {
  await tx
    .update(reservations)
    .set({ active: false })
    .where(
      and(
        eq(reservations.sourceKind, 'appointment'),
        eq(reservations.sourceId, appointmentId),
        eq(reservations.active, true),
      ),
    )
}

/**
 * Runs a write that reserves time; when the exclusion constraint refuses it (someone booked the same time
 * a moment earlier) answers 409 naming the clash, which has committed by then.
 */
export async function whileReserving<T>(
  db: Database,
  slot: Slot,
  names: CheckedBooking,
  write: () => Promise<T>,
  excludeAppointmentId?: string,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION) throw error
    throw (
      (await findClash(db, slot, names, excludeAppointmentId)) ??
      new ConflictError('The specialist or room was booked for this time a moment ago.', 'double-booking')
    )
  }
}
