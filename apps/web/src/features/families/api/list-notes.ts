import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listNotesOptions = (familyId: string) =>
  infiniteQueryOptions({
    queryKey: familiesKeys.notes(familyId),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listCaseNotes, {
        params: { familyId },
        query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useNotes = (familyId: string) => useInfiniteQuery(listNotesOptions(familyId))
