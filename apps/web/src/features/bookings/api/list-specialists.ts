import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

/** Staff of the organisation who practise a profession (who may have appointments), by name. */
export const listSpecialistsOptions = (organisationId: string) =>
  queryOptions({
    queryKey: ['staff-directory', 'specialists', organisationId] as const,
    queryFn: ({ signal }) => apiCall(routes.listStaff, { query: { organisationId, limit: 100 }, signal }),
    select: (page) => page.items.filter((person) => person.professions.length > 0),
    staleTime: 5 * 60_000,
  })

export const useSpecialists = (organisationId: string) => useQuery(listSpecialistsOptions(organisationId))
