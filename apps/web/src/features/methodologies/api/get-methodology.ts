import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { methodologiesKeys } from '../../../reference/methodologies'

export const getMethodologyOptions = (methodologyId: string) =>
  queryOptions({
    queryKey: methodologiesKeys.detail(methodologyId),
    queryFn: ({ signal }) => apiCall(routes.getMethodology, { params: { methodologyId }, signal }),
  })

export const useMethodology = (methodologyId: string) => useQuery(getMethodologyOptions(methodologyId))
