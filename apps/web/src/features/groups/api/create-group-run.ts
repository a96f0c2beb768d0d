import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export type CreateGroupRunInput = RouteBody<typeof routes.createGroupRun>

export const useCreateGroupRun = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateGroupRunInput) => apiCall(routes.createGroupRun, { body }),
    onSuccess: (run) => {
      queryClient.setQueryData(groupsKeys.run(run.id), run)
      return queryClient.invalidateQueries({ queryKey: groupsKeys.lists() })
    },
  })
}
