import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { methodologiesKeys } from '../../../reference/methodologies'

export const useMethodologyOutcomes = (methodologyId: string) =>
  useQuery({
    queryKey: [...methodologiesKeys.detail(methodologyId), 'outcomes'],
    queryFn: ({ signal }) => apiCall(routes.getMethodologyOutcomes, { params: { methodologyId }, signal }),
  })
