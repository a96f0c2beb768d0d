import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { bookingsKeys } from './keys'

/** Families the caller may see whose member name or reference matches, for picking one to book for. */
export const useFamilySearch = (q: string) =>
  useQuery({
    queryKey: bookingsKeys.familySearch(q),
    queryFn: ({ signal }) =>
      apiCall(routes.listFamilies, { query: { limit: 20, ...(q ? { q: q.slice(0, 100) } : {}) }, signal }),
    staleTime: 30_000,
  })
