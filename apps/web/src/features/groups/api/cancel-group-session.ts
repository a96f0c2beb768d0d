import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const useCancelGroupSession = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ sessionId, reason }: { sessionId: string; reason: string }) =>
      apiCall(routes.cancelGroupSession, { params: { runId, sessionId }, body: { reason } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId), exact: true }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ]),
  })
}
