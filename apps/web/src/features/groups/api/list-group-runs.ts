import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type GroupRunFilters, groupsKeys } from './keys'

const PAGE_SIZE = 25

export const listGroupRunsOptions = (filters: GroupRunFilters) =>
  infiniteQueryOptions({
    queryKey: groupsKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listGroupRuns, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useGroupRuns = (filters: GroupRunFilters) => useInfiniteQuery(listGroupRunsOptions(filters))
