import type { RouteQuery, routes } from '@onestop/contracts'

export type AvailabilitySearch = NonNullable<RouteQuery<typeof routes.findAvailability>>

export const bookingsKeys = {
  all: ['bookings'] as const,
  familyLists: (familyId: string) => [...bookingsKeys.all, 'family', familyId] as const,
  familyList: (familyId: string, upcomingOnly: boolean) =>
    [...bookingsKeys.familyLists(familyId), { upcomingOnly }] as const,
  detail: (appointmentId: string) => [...bookingsKeys.all, 'detail', appointmentId] as const,
  availability: (search: AvailabilitySearch) => ['availability', search] as const,
  availabilityAll: ['availability'] as const,
  familySearch: (q: string) => ['booking-family-search', q] as const,
}

/** The If-Match header for an appointment read at `version` (the API's ETag is the quoted version). */
export { ifMatch } from '../../families/api/keys'
