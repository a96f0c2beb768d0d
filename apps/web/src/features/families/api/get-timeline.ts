import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const getTimelineOptions = (familyId: string) =>
  infiniteQueryOptions({
    queryKey: familiesKeys.timeline(familyId),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.getFamilyTimeline, {
        params: { familyId },
        query: { limit: 25, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useTimeline = (familyId: string) => useInfiniteQuery(getTimelineOptions(familyId))
