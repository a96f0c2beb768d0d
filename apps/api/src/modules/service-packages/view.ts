import type { ServicePackage } from '@onestop/contracts'
import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { persons, servicePackages, services } from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { deliveredUnits, scheduledUnits } from './usage.js'

const key = {
  familyId: qualified(servicePackages.familyId),
  personId: qualified(servicePackages.personId),
  serviceId: qualified(servicePackages.serviceId),
}

function selectPackages(db: Database, where: SQL | undefined) {
  return db
    .select({
      row: servicePackages,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      serviceName: services.nameLt,
      delivered: deliveredUnits(key),
      scheduled: scheduledUnits(key),
    })
    .from(servicePackages)
    .innerJoin(persons, eq(persons.id, servicePackages.personId))
    .innerJoin(services, eq(services.id, servicePackages.serviceId))
    .where(where)
    .orderBy(asc(persons.givenName), asc(persons.familyName), asc(services.nameLt), asc(servicePackages.id))
}

type Row = Awaited<ReturnType<typeof selectPackages>>[number]

const toServicePackage = ({ row, personName, serviceName, delivered, scheduled }: Row): ServicePackage => ({
  id: row.id,
  familyId: row.familyId,
  person: { id: row.personId, name: personName },
  service: { id: row.serviceId, name: serviceName },
  plannedUnits: row.plannedUnits,
  cap: row.cap,
  note: row.note,
  delivered,
  scheduled,
  remaining: row.plannedUnits - delivered - scheduled,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export async function packagesOfFamily(db: Database, familyId: string): Promise<ServicePackage[]> {
  return (await selectPackages(db, eq(servicePackages.familyId, familyId))).map(toServicePackage)
}

export async function loadPackage(
  db: Database,
  familyId: string,
  packageId: string,
): Promise<ServicePackage> {
  const [row] = await selectPackages(
    db,
    and(eq(servicePackages.id, packageId), eq(servicePackages.familyId, familyId)),
  )
  if (!row) throw new NotFoundError('service package', packageId)
  return toServicePackage(row)
}
