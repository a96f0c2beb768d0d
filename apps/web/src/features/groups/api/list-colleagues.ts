import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

/** Active staff of one organisation from the staff directory (a centre's staff fit one page of 100). */
export const listColleaguesOptions = (organisationId: string) =>
  queryOptions({
    queryKey: groupsKeys.colleagues(organisationId),
    queryFn: ({ signal }) => apiCall(routes.listStaff, { query: { organisationId, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useColleagues = (organisationId: string) => useQuery(listColleaguesOptions(organisationId))
