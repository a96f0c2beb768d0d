import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys } from './keys'

/** Families the caller may see whose member name or reference matches, for placing one. */
export const useFamilySearch = (q: string) =>
  useQuery({
    queryKey: accommodationKeys.familySearch(q),
    queryFn: ({ signal }) =>
      apiCall(routes.listFamilies, { query: { limit: 20, ...(q ? { q: q.slice(0, 100) } : {}) }, signal }),
    staleTime: 30_000,
  })
