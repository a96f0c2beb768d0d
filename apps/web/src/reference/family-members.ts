import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'
import { familiesKeys } from './family-keys'

export const listMembersOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.members(familyId),
    queryFn: ({ signal }) => apiCall(routes.listMembers, { params: { familyId }, signal }),
  })

export const useMembers = (familyId: string) => useQuery(listMembersOptions(familyId))
