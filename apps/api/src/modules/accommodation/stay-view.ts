import type { Stay } from '@onestop/contracts'
import { eq, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { accommodationFacilities, accommodationRooms, beds, persons, stays } from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'
import { parseDays } from './nights.js'

export type Visibility = Stay['visibility']

export const selectStayRows = (db: Database) =>
  db
    .select({
      stay: stays,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      facilityName: accommodationFacilities.name,
      facilityKind: accommodationFacilities.kind,
      roomId: accommodationRooms.id,
      roomName: accommodationRooms.name,
      bedLabel: beds.label,
    })
    .from(stays)
    .innerJoin(persons, eq(persons.id, stays.personId))
    .innerJoin(accommodationFacilities, eq(accommodationFacilities.id, stays.facilityId))
    .innerJoin(beds, eq(beds.id, stays.bedId))
    .innerJoin(accommodationRooms, eq(accommodationRooms.id, beds.roomId))

export type StayRow = Awaited<ReturnType<ReturnType<typeof selectStayRows>['where']>>[number]

/**
 * A stay as the caller may see it: with `limited` visibility only that the person is in temporary
 * accommodation and since when; nothing that tells where.
 */
export function toStay(row: StayRow, visibility: Visibility): Stay {
  const s = row.stay
  const days = parseDays(s.nights)
  const full = visibility === 'full'
  return {
    id: s.id,
    visibility,
    familyId: s.familyId,
    personId: s.personId,
    personName: row.personName,
    status: s.status,
    since: days.from,
    checkOut: full ? days.until : null,
    placementId: full ? s.placementId : null,
    facilityId: full ? s.facilityId : null,
    facilityName: full ? row.facilityName : null,
    facilityKind: full ? row.facilityKind : null,
    roomId: full ? row.roomId : null,
    roomName: full ? row.roomName : null,
    bedId: full ? s.bedId : null,
    bedLabel: full ? row.bedLabel : null,
    movedFromStayId: full ? s.movedFromStayId : null,
    checkedInAt: full ? (s.checkedInAt?.toISOString() ?? null) : null,
    checkedOutAt: full ? (s.checkedOutAt?.toISOString() ?? null) : null,
    cancelReason: full ? s.cancelReason : null,
    version: s.version,
  }
}

/** Stays in full, in the order of `where`'s rows, for a caller already allowed to see where. */
export async function loadStays(db: Database, where: SQL): Promise<Stay[]> {
  const rows = await selectStayRows(db).where(where).orderBy(sql`lower(${stays.nights})`, stays.id)
  return rows.map((row) => toStay(row, 'full'))
}

export async function loadStay(db: Database, stayId: string): Promise<Stay> {
  const [stay] = await loadStays(db, eq(stays.id, stayId))
  if (!stay) throw new NotFoundError('stay', stayId)
  return stay
}
