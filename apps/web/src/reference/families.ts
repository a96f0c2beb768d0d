import { useDebouncedValue } from '@mantine/hooks'
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

/** The first families whose member's name or reference matches what was typed, once typing pauses. */
export const useFamilySearch = (text: string, enabled = true) => {
  const [q] = useDebouncedValue(text.trim().slice(0, 100), 300)
  const found = useFamilies(q ? { q } : {}, enabled)
  return { families: found.data?.pages[0]?.items ?? [], searching: found.isFetching }
}
