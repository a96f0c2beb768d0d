import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { bookingsKeys } from './keys'

/** The services that may be booked (one page of 100 holds a centre's catalogue), by Lithuanian name. */
export const listActiveServicesOptions = () =>
  queryOptions({
    queryKey: bookingsKeys.activeServices,
    queryFn: ({ signal }) => apiCall(routes.listServices, { query: { active: true, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useActiveServices = () => useQuery(listActiveServicesOptions())
