import type { Enrolment } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'
import { listEnrolmentsOptions } from './list-enrolments'

/**
 * Withdraws an enrolment and resolves with those who moved from the waitlist into the run because of it
 * (the API promotes the first in line but answers with the withdrawn enrolment only).
 */
export const useWithdrawEnrolment = (runId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ enrolmentId, reason }: { enrolmentId: string; reason: string }) => {
      const waiting = new Set(
        queryClient.getQueryData(listEnrolmentsOptions(runId).queryKey)?.waitlist.map((e) => e.id) ?? [],
      )
      const withdrawn = await apiCall(routes.withdrawEnrolment, {
        params: { runId, enrolmentId },
        body: { reason },
      })
      const after = await queryClient.fetchQuery({ ...listEnrolmentsOptions(runId), staleTime: 0 })
      const promoted: Enrolment[] = after.enrolled.filter((e) => waiting.has(e.id))
      return { withdrawn, promoted }
    },
    // The run's counts and the attendance registers (which list the enrolled) change as well.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: groupsKeys.lists() }),
      ]),
  })
}
