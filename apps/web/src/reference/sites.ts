import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

export const sitesKeys = { all: ['sites'] as const }

/** The organisation's sites, each with its rooms (a centre has a handful). */
const sitesOptions = () =>
  queryOptions({
    queryKey: sitesKeys.all,
    queryFn: ({ signal }) => apiCall(routes.listSites, { query: { limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useSites = () => useQuery(sitesOptions())
