import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const getCaseTeamOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.team(familyId),
    queryFn: ({ signal }) => apiCall(routes.getCaseTeam, { params: { familyId }, signal }),
  })

export const useCaseTeam = (familyId: string) => useQuery(getCaseTeamOptions(familyId))
