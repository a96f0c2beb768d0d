import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const getFamilyOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.detail(familyId),
    queryFn: ({ signal }) => apiCall(routes.getFamily, { params: { familyId }, signal }),
  })

export const useFamily = (familyId: string) => useQuery(getFamilyOptions(familyId))
