import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const getCaseAttentionOptions = () =>
  queryOptions({
    queryKey: familiesKeys.attention,
    queryFn: ({ signal }) => apiCall(routes.getCaseAttention, { signal }),
  })

export const useCaseAttention = () => useQuery(getCaseAttentionOptions())
