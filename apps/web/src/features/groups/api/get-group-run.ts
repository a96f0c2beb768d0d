import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export const getGroupRunOptions = (runId: string) =>
  queryOptions({
    queryKey: groupsKeys.run(runId),
    queryFn: ({ signal }) => apiCall(routes.getGroupRun, { params: { runId }, signal }),
  })

export const useGroupRun = (runId: string) => useQuery(getGroupRunOptions(runId))
