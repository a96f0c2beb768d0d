import type { AccommodationRoom, Bed, Facility } from '@onestop/contracts'
import type { accommodationFacilities, accommodationRooms, beds } from '../../db/schema/index.js'

export type FacilityRow = typeof accommodationFacilities.$inferSelect
export type AccommodationRoomRow = typeof accommodationRooms.$inferSelect
export type BedRow = typeof beds.$inferSelect

export const toBed = (row: BedRow): Bed => ({
  id: row.id,
  facilityId: row.facilityId,
  roomId: row.roomId,
  label: row.label,
  childBed: row.childBed,
  cot: row.cot,
  accessible: row.accessible,
  active: row.active,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const toAccommodationRoom = (row: AccommodationRoomRow, bedRows: BedRow[]): AccommodationRoom => ({
  id: row.id,
  facilityId: row.facilityId,
  name: row.name,
  active: row.active,
  beds: bedRows.filter((bed) => bed.roomId === row.id).map(toBed),
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const toFacility = (
  row: FacilityRow,
  roomRows: AccommodationRoomRow[],
  bedRows: BedRow[],
): Facility => ({
  id: row.id,
  organisationId: row.organisationId,
  siteId: row.siteId,
  kind: row.kind,
  name: row.name,
  maxStayNights: row.maxStayNights,
  active: row.active,
  rooms: roomRows
    .filter((room) => room.facilityId === row.id)
    .map((room) => toAccommodationRoom(room, bedRows)),
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
