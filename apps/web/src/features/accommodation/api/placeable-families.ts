import { useDebouncedValue } from '@mantine/hooks'
import { routes } from '@onestop/contracts/client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys } from './keys'

/**
 * Open families to place or ask a place for, matching what was typed once typing pauses, with their members'
 * names and ages. Accommodation officers find them without being on the family's case team.
 */
export const usePlaceableFamilies = (text: string) => {
  const [q] = useDebouncedValue(text.trim().slice(0, 100), 300)
  const found = useQuery({
    queryKey: accommodationKeys.placeableFamilies(q),
    queryFn: ({ signal }) => apiCall(routes.findPlaceableFamilies, { query: q ? { q } : {}, signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
  return { families: found.data?.items ?? [], searching: found.isFetching }
}
