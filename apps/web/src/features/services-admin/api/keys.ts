import type { RouteQuery, routes } from '@onestop/contracts'
import { bookingsKeys } from '../../bookings/api/keys'

export type CatalogueFilters = Pick<NonNullable<RouteQuery<typeof routes.listServices>>, 'q' | 'active'>

/**
 * Under the same roots the booking and group pages read (`services`, `sites`, `rooms`), so a change made
 * here refreshes their pickers too.
 */
export const servicesAdminKeys = {
  services: ['services'] as const,
  catalogue: (filters: CatalogueFilters) => ['services', 'catalogue', filters] as const,
  sites: ['sites'] as const,
  rooms: ['rooms'] as const,
  schedule: (userId: string) => ['staff-schedule', userId] as const,
  workingHours: (userId: string) => [...servicesAdminKeys.schedule(userId), 'working-hours'] as const,
  absences: (userId: string) => [...servicesAdminKeys.schedule(userId), 'absences'] as const,
  availability: bookingsKeys.availabilityAll,
}

export { ifMatch } from '../../families/api/keys'
