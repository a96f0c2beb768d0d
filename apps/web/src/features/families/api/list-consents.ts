import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listConsentsOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.consents(familyId),
    queryFn: ({ signal }) => apiCall(routes.listConsents, { params: { familyId }, signal }),
  })

export const useConsents = (familyId: string) => useQuery(listConsentsOptions(familyId))
