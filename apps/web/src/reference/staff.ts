import type { RouteQuery } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

type StaffQuery = NonNullable<RouteQuery<typeof routes.listStaff>>

/** The staff directory: every feature that picks a colleague reads it under this one root. */
export const staffKeys = {
  all: ['staff'] as const,
  list: (query: StaffQuery) => [...staffKeys.all, query] as const,
}

const staffOptions = (query: StaffQuery) =>
  queryOptions({
    queryKey: staffKeys.list(query),
    queryFn: ({ signal }) => apiCall(routes.listStaff, { query, signal }),
    staleTime: 5 * 60_000,
  })

/** Active staff of one organisation (a centre's staff fit one page of 100), by name. */
const organisationStaff = (organisationId: string) => staffOptions({ organisationId, limit: 100 })

export const useColleagues = (organisationId: string) => useQuery(organisationStaff(organisationId))

/** Colleagues who practise a profession (who may have appointments): the same query, filtered. */
export const useSpecialists = (organisationId: string) =>
  useQuery({
    ...organisationStaff(organisationId),
    select: (page) => page.items.filter((person) => person.professions.length > 0),
  })

/** Active staff of every organisation the caller works with whose name matches, to pick for a case team. */
export const useStaffSearch = (q: string) =>
  useQuery({ ...staffOptions({ limit: 50, ...(q ? { q: q.slice(0, 100) } : {}) }), staleTime: 60_000 })
