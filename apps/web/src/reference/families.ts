import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'
import { type FamilyFilters, familiesKeys } from './family-keys'

const PAGE_SIZE = 25

export const listFamiliesOptions = (filters: FamilyFilters) =>
  infiniteQueryOptions({
    queryKey: familiesKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listFamilies, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useFamilies = (filters: FamilyFilters, enabled = true) =>
  useInfiniteQuery({ ...listFamiliesOptions(filters), enabled })
