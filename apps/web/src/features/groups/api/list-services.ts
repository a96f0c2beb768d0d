import { type RouteQuery, routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export type ServiceFilters = Pick<NonNullable<RouteQuery<typeof routes.listServices>>, 'mode' | 'active'>

/** The active services of the catalogue (one page of 100 holds a centre's catalogue), by Lithuanian name. */
export const listServicesOptions = (filters: ServiceFilters) =>
  queryOptions({
    queryKey: groupsKeys.services(filters),
    queryFn: ({ signal }) => apiCall(routes.listServices, { query: { ...filters, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useServices = (filters: ServiceFilters) => useQuery(listServicesOptions(filters))
