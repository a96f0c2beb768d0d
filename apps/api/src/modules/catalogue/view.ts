import type { Service } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { methodologies, services } from '../../db/schema/index.js'

/** Services with the name of the methodology they deliver. */
export const selectServices = (db: Database) =>
  db
    .select({ service: services, methodologyName: methodologies.name })
    .from(services)
    .leftJoin(methodologies, eq(methodologies.id, services.methodologyId))

export type ServiceRow = Awaited<ReturnType<ReturnType<typeof selectServices>['where']>>[number]

export const toService = ({ service, methodologyName }: ServiceRow): Service => ({
  id: service.id,
  organisationId: service.organisationId,
  code: service.code,
  catalogueCode: service.catalogueCode,
  nameLt: service.nameLt,
  nameEn: service.nameEn,
  mode: service.mode,
  professions: service.professions,
  roomKinds: service.roomKinds,
  defaultDurationMinutes: service.defaultDurationMinutes,
  defaultCapacity: service.defaultCapacity,
  methodology:
    service.methodologyId && methodologyName ? { id: service.methodologyId, name: methodologyName } : null,
  active: service.active,
  version: service.version,
  createdAt: service.createdAt.toISOString(),
  updatedAt: service.updatedAt.toISOString(),
})
