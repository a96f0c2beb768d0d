import { type SQL, sql } from 'drizzle-orm'

/** Who and what a package is for: SQL expressions of the family, person and service ids. */
export interface PackageKey {
  familyId: SQL
  personId: SQL
  serviceId: SQL
}

/** Deliveries of the service to the person in the family, from appointments and group sessions alike. */
export const deliveredUnits = (key: PackageKey): SQL<number> => sql<number>`(select count(*)::int
  from delivered_services d
  where d.family_id = ${key.familyId} and d.service_id = ${key.serviceId} and d.person_id = ${key.personId})`

/** Appointments booked for the person and not yet completed or missed: they will use the plan too. */
export const scheduledUnits = (key: PackageKey): SQL<number> => sql<number>`(select count(*)::int
  from appointment_participants ap join appointments a on a.id = ap.appointment_id
  where ap.person_id = ${key.personId} and a.family_id = ${key.familyId}
    and a.service_id = ${key.serviceId} and a.status = 'scheduled')`
