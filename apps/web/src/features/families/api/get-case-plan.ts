import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const getCasePlanOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.plan(familyId),
    queryFn: ({ signal }) => apiCall(routes.getCasePlan, { params: { familyId }, signal }),
  })

export const useCasePlan = (familyId: string) => useQuery(getCasePlanOptions(familyId))
