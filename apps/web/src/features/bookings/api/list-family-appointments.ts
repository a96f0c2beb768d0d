import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { bookingsKeys } from './keys'

const PAGE_SIZE = 25

/** A family's appointments, earliest first; `upcomingOnly` leaves out those that ended. */
export const listFamilyAppointmentsOptions = (familyId: string, upcomingOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: bookingsKeys.familyList(familyId, upcomingOnly),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listAppointments, {
        query: {
          familyId,
          limit: PAGE_SIZE,
          ...(upcomingOnly ? { from: new Date().toISOString() } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useFamilyAppointments = (familyId: string, upcomingOnly: boolean, enabled = true) =>
  useInfiniteQuery({ ...listFamilyAppointmentsOptions(familyId, upcomingOnly), enabled })
