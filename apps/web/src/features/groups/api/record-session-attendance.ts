import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export type RecordAttendanceInput = RouteBody<typeof routes.recordSessionAttendance>

/** Saving marks the session held and changes its present count, so the run is read again. */
export const useRecordSessionAttendance = (runId: string, sessionId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordAttendanceInput) =>
      apiCall(routes.recordSessionAttendance, { params: { runId, sessionId }, body }),
    onSuccess: (register) => {
      queryClient.setQueryData(groupsKeys.attendance(runId, sessionId), register)
      return queryClient.invalidateQueries({ queryKey: groupsKeys.run(runId), exact: true })
    },
  })
}
