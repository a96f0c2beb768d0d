import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { bookingsKeys } from './keys'

/** The organisation's sites, each with its rooms (a centre has a handful). */
export const listSitesOptions = () =>
  queryOptions({
    queryKey: bookingsKeys.sites,
    queryFn: ({ signal }) => apiCall(routes.listSites, { query: { limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useSites = () => useQuery(listSitesOptions())
