import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from './keys'

/** Staff to pick for a case team. The users list is for admins only: others get a 403. */
export const listStaffOptions = (q: string) =>
  queryOptions({
    queryKey: familiesKeys.staff(q),
    queryFn: ({ signal }) =>
      apiCall(routes.listUsers, { query: { active: true, limit: 50, ...(q ? { q } : {}) }, signal }),
    staleTime: 60_000,
  })

export const useStaff = (q: string, enabled: boolean) => useQuery({ ...listStaffOptions(q), enabled })
