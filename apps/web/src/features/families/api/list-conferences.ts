import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listConferencesOptions = (familyId: string) =>
  infiniteQueryOptions({
    queryKey: familiesKeys.conferences(familyId),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listConferences, {
        params: { familyId },
        query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useConferences = (familyId: string) => useInfiniteQuery(listConferencesOptions(familyId))
