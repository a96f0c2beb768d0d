import type { Room, Site } from '@onestop/contracts'
import type { rooms, sites } from '../../db/schema/index.js'

export type RoomRow = typeof rooms.$inferSelect
export type SiteRow = typeof sites.$inferSelect

export const toRoom = (row: RoomRow): Room => ({
  id: row.id,
  siteId: row.siteId,
  name: row.name,
  kind: row.kind,
  capacity: row.capacity,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const toSite = (row: SiteRow, siteRooms: RoomRow[]): Site => ({
  id: row.id,
  organisationId: row.organisationId,
  name: row.name,
  address: row.address,
  municipality: row.municipality,
  rooms: siteRooms.filter((room) => room.siteId === row.id).map(toRoom),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
