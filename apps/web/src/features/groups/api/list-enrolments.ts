import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const listEnrolmentsOptions = (runId: string) =>
  queryOptions({
    queryKey: groupsKeys.enrolments(runId),
    queryFn: ({ signal }) => apiCall(routes.listEnrolments, { params: { runId }, signal }),
  })

export const useEnrolments = (runId: string) => useQuery(listEnrolmentsOptions(runId))
