import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { persons, servicePackages } from '../../db/schema/index.js'
import { ConflictError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { deliveredUnits, scheduledUnits } from './usage.js'

export interface PackageBooking {
  familyId: string
  serviceId: string
  participantIds: string[]
}

const key = {
  familyId: qualified(servicePackages.familyId),
  personId: qualified(servicePackages.personId),
  serviceId: qualified(servicePackages.serviceId),
}

/**
 * Counts one more session against each participant's package for the service, inside the booking's
 * transaction. The packages are locked first and counted after, so concurrent bookings against one hard
 * cap are counted one after another. A hard cap refuses (409); a soft one answers warnings.
 */
export async function holdPackages(tx: Database, booking: PackageBooking): Promise<string[]> {
  const locked = await tx
    .select({ id: servicePackages.id })
    .from(servicePackages)
    .where(
      and(
        eq(servicePackages.familyId, booking.familyId),
        eq(servicePackages.serviceId, booking.serviceId),
        inArray(servicePackages.personId, booking.participantIds),
      ),
    )
    .orderBy(asc(servicePackages.id))
    .for('update')
  if (locked.length === 0) return []
  // A statement of its own: under READ COMMITTED it sees what the previous lock holder committed.
  const plans = await tx
    .select({
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      plannedUnits: servicePackages.plannedUnits,
      cap: servicePackages.cap,
      used: sql<number>`${deliveredUnits(key)} + ${scheduledUnits(key)}`,
    })
    .from(servicePackages)
    .innerJoin(persons, eq(persons.id, servicePackages.personId))
    .where(
      inArray(
        servicePackages.id,
        locked.map((row) => row.id),
      ),
    )
    .orderBy(asc(persons.givenName), asc(persons.familyName))
  const past = plans.filter((plan) => plan.used + 1 > plan.plannedUnits)
  const exhausted = past.filter((plan) => plan.cap === 'hard')
  if (exhausted.length)
    throw new ConflictError(
      `The service package allows no more bookings: ${exhausted
        .map(
          (plan) => `${plan.personName} has ${plan.used} of ${plan.plannedUnits} planned delivered or booked`,
        )
        .join('; ')}.`,
      'package-exhausted',
    )
  return past.map(
    (plan) => `${plan.personName}: this is ${plan.used + 1} of ${plan.plannedUnits} planned, past the plan.`,
  )
}
