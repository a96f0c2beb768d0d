import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type BreakGlassFilters, familiesKeys } from '../../../reference/family-keys'

export const listBreakGlassOptions = (filters: BreakGlassFilters) =>
  infiniteQueryOptions({
    queryKey: familiesKeys.breakGlassList(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listBreakGlass, {
        query: { ...filters, limit: 25, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useBreakGlassGrants = (filters: BreakGlassFilters) =>
  useInfiniteQuery(listBreakGlassOptions(filters))
