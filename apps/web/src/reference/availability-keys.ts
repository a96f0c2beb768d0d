import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type AvailabilitySearch = NonNullable<RouteQuery<typeof routes.findAvailability>>

/** Free times: bookings and staff schedules both change them, so both refresh this root. */
export const availabilityKeys = {
  all: ['availability'] as const,
  search: (search: AvailabilitySearch) => [...availabilityKeys.all, search] as const,
}
