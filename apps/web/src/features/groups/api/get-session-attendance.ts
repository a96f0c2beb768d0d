import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const getSessionAttendanceOptions = (runId: string, sessionId: string) =>
  queryOptions({
    queryKey: groupsKeys.attendance(runId, sessionId),
    queryFn: ({ signal }) => apiCall(routes.getSessionAttendance, { params: { runId, sessionId }, signal }),
  })

export const useSessionAttendance = (runId: string, sessionId: string) =>
  useQuery(getSessionAttendanceOptions(runId, sessionId))
