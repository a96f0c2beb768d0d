import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listOutsideReadsOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.outsideReads(familyId),
    queryFn: ({ signal }) => apiCall(routes.listOutsideReads, { params: { familyId }, signal }),
  })

export const useOutsideReads = (familyId: string) => useQuery(listOutsideReadsOptions(familyId))
