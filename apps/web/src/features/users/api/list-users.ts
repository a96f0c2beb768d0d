import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type UserFilters, usersKeys } from './keys'

const PAGE_SIZE = 25

export const listUsersOptions = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: usersKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listUsers, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useUsers = (filters: UserFilters) => useInfiniteQuery(listUsersOptions(filters))
