import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from './keys'

/** Active staff of every organisation, from the staff directory, to pick for a case team. */
export const listStaffOptions = (q: string) =>
  queryOptions({
    queryKey: familiesKeys.staff(q),
    queryFn: ({ signal }) =>
      apiCall(routes.listStaff, { query: { limit: 50, ...(q ? { q: q.slice(0, 100) } : {}) }, signal }),
    staleTime: 60_000,
  })

export const useStaff = (q: string, enabled: boolean) => useQuery({ ...listStaffOptions(q), enabled })
