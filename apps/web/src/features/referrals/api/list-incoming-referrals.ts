import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type InboxFilters, referralsKeys } from './keys'

const PAGE_SIZE = 25

/** Referrals to the organisation, the earliest answer due first. */
export const useIncomingReferrals = (filters: InboxFilters) =>
  useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: referralsKeys.list(filters),
      queryFn: ({ pageParam, signal }) =>
        apiCall(routes.listIncomingReferrals, {
          query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          signal,
        }),
      initialPageParam: '',
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  )
