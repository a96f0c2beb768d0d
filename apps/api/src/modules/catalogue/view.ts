import type { Service } from '@onestop/contracts'
import type { services } from '../../db/schema/index.js'

export type ServiceRow = typeof services.$inferSelect

export const toService = (row: ServiceRow): Service => ({
  id: row.id,
  organisationId: row.organisationId,
  code: row.code,
  catalogueCode: row.catalogueCode,
  nameLt: row.nameLt,
  nameEn: row.nameEn,
  mode: row.mode,
  professions: row.professions,
  roomKinds: row.roomKinds,
  defaultDurationMinutes: row.defaultDurationMinutes,
  defaultCapacity: row.defaultCapacity,
  methodology: row.methodology,
  active: row.active,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
