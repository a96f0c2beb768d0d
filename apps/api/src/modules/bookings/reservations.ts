import type { ReservationSource } from '@onestop/contracts'
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

/** What a reservation was made for: an appointment, a group session… */
export interface ReservationOwner {
  kind: ReservationSource
  id: string
}

/** The staff members and the room whose time is reserved. */
export interface Resources {
  staffIds: readonly string[]
  roomId: string | null
}

export interface Clash extends Period {
  kind: 'staff' | 'room'
  resourceId: string
}

export const slotResources = (slot: Slot): Resources => ({
  staffIds: [slot.specialistId],
  roomId: slot.roomId,
})

const range = (period: Period) =>
  sql`tstzrange(${period.startsAt.toISOString()}::timestamptz, ${period.endsAt.toISOString()}::timestamptz, '[)')`

const inList = (ids: readonly string[]) =>
  ids.length
    ? sql`resource_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`

/** The first active reservation of any of the resources overlapping any of the periods; staff first. */
export async function firstClash(
  db: Database,
  periods: readonly Period[],
  resources: Resources,
  excludeSourceId?: string,
): Promise<Clash | undefined> {
  if (periods.length === 0) return undefined
  const [clash] = await queryRows<{
    kind: 'staff' | 'room'
    resourceId: string
    starts: Date | string
    ends: Date | string
  }>(
    db,
    sql`select resource_kind as kind, resource_id as "resourceId", lower(period) as starts, upper(period) as ends
      from reservations
      where active and (${sql.join(
        periods.map((period) => sql`period && ${range(period)}`),
        sql` or `,
      )})
        and ((resource_kind = 'staff' and ${inList(resources.staffIds)})
          or (resource_kind = 'room' and resource_id = ${resources.roomId}))
        and source_id is distinct from ${excludeSourceId ?? null}::uuid
      order by resource_kind desc, lower(period) limit 1`,
  )
  return clash && { ...clash, startsAt: new Date(clash.starts), endsAt: new Date(clash.ends) }
}

/** The first active reservation of the specialist or room overlapping the slot, as a 409 naming it. */
export async function findClash(
  db: Database,
  slot: Slot,
  names: CheckedBooking,
  excludeAppointmentId?: string,
): Promise<ConflictError | undefined> {
  const clash = await firstClash(db, [slot], slotResources(slot), excludeAppointmentId)
  if (!clash) return undefined
  const who = clash.kind === 'staff' ? names.specialistName : `The room "${names.roomName ?? ''}"`
  return new ConflictError(
    `${who} is already booked ${describePeriod(clash)} (Vilnius time).`,
    'double-booking',
  )
}

/**
 * Reserves the staff members and the room for the period; the exclusion constraint may refuse it. Nothing to
 * reserve (a training with only outside trainers and no room) is nothing to do.
 */
export async function reserve(
  tx: Database,
  owner: ReservationOwner,
  period: Period,
  resources: Resources,
): Promise<void> {
  const base = { period: sql`${range(period)}`, sourceKind: owner.kind, sourceId: owner.id }
  const rows = [
    ...resources.staffIds.map((staffId) => ({
      ...base,
      resourceKind: 'staff' as const,
      resourceId: staffId,
    })),
    ...(resources.roomId ? [{ ...base, resourceKind: 'room' as const, resourceId: resources.roomId }] : []),
  ]
  if (rows.length > 0) await tx.insert(reservations).values(rows)
}

export async function release(tx: Database, owner: ReservationOwner): Promise<void> {
  await tx
    .update(reservations)
    .set({ active: false })
    .where(
      and(
        eq(reservations.sourceKind, owner.kind),
        eq(reservations.sourceId, owner.id),
        eq(reservations.active, true),
      ),
    )
}

/**
 * Runs a write that reserves time; when the exclusion constraint refuses it (someone booked the same time
 * a moment earlier) answers the 409 `explain` finds for the clash, which has committed by then.
 */
export async function explainingClashes<T>(
  write: () => Promise<T>,
  explain: () => Promise<ConflictError | undefined>,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION) throw error
    throw (
      (await explain()) ??
      new ConflictError('Someone or something was booked for this time a moment ago.', 'double-booking')
    )
  }
}

/** `explainingClashes` for an appointment's slot. */
export const whileReserving = <T>(
  db: Database,
  slot: Slot,
  names: CheckedBooking,
  write: () => Promise<T>,
  excludeAppointmentId?: string,
): Promise<T> => explainingClashes(write, () => findClash(db, slot, names, excludeAppointmentId))
