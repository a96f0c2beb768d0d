import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

/** The run's counts change too, so the run is read again with its enrolments. */
export const useEnrolPerson = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (personId: string) =>
      apiCall(routes.enrolInGroupRun, { params: { runId }, body: { personId } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ]),
  })
}
