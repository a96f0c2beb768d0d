import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type StayFilters = Omit<NonNullable<RouteQuery<typeof routes.listStays>>, 'cursor' | 'limit'>
export type WaitingListFilters = Omit<
  NonNullable<RouteQuery<typeof routes.listWaitingRequests>>,
  'cursor' | 'limit'
>

/** One cache key per entity: facilities carry their rooms and beds, so they share the facilities key. */
export const accommodationKeys = {
  all: ['accommodation'] as const,
  facilities: () => [...accommodationKeys.all, 'facilities'] as const,
  outOfService: () => [...accommodationKeys.all, 'out-of-service'] as const,
  bedOutOfService: (bedId: string) => [...accommodationKeys.outOfService(), 'bed', bedId] as const,
  facilityOutOfService: (facilityId: string, from: string, to: string) =>
    [...accommodationKeys.outOfService(), 'facility', facilityId, { from, to }] as const,
  stays: () => [...accommodationKeys.all, 'stays'] as const,
  stayList: (filters: StayFilters) => [...accommodationKeys.stays(), 'list', filters] as const,
  stay: (stayId: string) => [...accommodationKeys.stays(), 'detail', stayId] as const,
  waitingList: () => [...accommodationKeys.all, 'waiting-list'] as const,
  waitingListPage: (filters: WaitingListFilters) => [...accommodationKeys.waitingList(), filters] as const,
  occupancy: (facilityId: string, from: string, to: string) =>
    [...accommodationKeys.all, 'occupancy', facilityId, from, to] as const,
  residents: (facilityId: string) => [...accommodationKeys.all, 'residents', facilityId] as const,
  facilityNames: () => [...accommodationKeys.all, 'facility-names'] as const,
  placeableFamilies: (q: string) => [...accommodationKeys.all, 'placeable-families', q] as const,
}
