import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { groupsKeys } from './keys'

export type UpdateGroupRunInput = RouteBody<typeof routes.updateGroupRun>

/** Raising the capacity promotes from the waitlist, so the enrolments are read again too. */
export const useUpdateGroupRun = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateGroupRunInput }) =>
      apiCall(routes.updateGroupRun, { params: { runId }, body, headers: ifMatch(version) }),
    onSuccess: (run) => {
      queryClient.setQueryData(groupsKeys.run(runId), run)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.enrolments(runId) }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ])
    },
  })
}
