import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export type AddGroupSessionInput = RouteBody<typeof routes.addGroupSession>

export const useAddGroupSession = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AddGroupSessionInput) => apiCall(routes.addGroupSession, { params: { runId }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId), exact: true }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ]),
  })
}
