import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnershipsKeys } from './keys'

/** The active services of the caller's catalogue (one page of 100 holds a centre's catalogue). */
export const listOwnServicesOptions = () =>
  queryOptions({
    queryKey: partnershipsKeys.services,
    queryFn: ({ signal }) => apiCall(routes.listServices, { query: { active: true, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useOwnServices = () => useQuery(listOwnServicesOptions())
