import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const useRunOutcomes = (runId: string) =>
  useQuery({
    queryKey: groupsKeys.outcomes(runId),
    queryFn: ({ signal }) => apiCall(routes.getRunOutcomes, { params: { runId }, signal }),
  })
