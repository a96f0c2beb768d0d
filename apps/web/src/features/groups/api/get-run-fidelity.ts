import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const useRunFidelity = (runId: string) =>
  useQuery({
    queryKey: groupsKeys.fidelity(runId),
    queryFn: ({ signal }) => apiCall(routes.getRunFidelity, { params: { runId }, signal }),
  })
