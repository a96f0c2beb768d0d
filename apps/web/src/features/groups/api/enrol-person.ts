import type { EnrolBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

/** The run's counts change too, so the run is read again with its enrolments. */
export const useEnrolPerson = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: EnrolBody) => apiCall(routes.enrolInGroupRun, { params: { runId }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ]),
  })
}
