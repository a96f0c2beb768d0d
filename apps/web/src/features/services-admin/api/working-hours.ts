import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { servicesAdminKeys } from './keys'

export type ReplaceWorkingHoursInput = RouteBody<typeof routes.replaceWorkingHours>

export const getWorkingHoursOptions = (userId: string) =>
  queryOptions({
    queryKey: servicesAdminKeys.workingHours(userId),
    queryFn: ({ signal }) => apiCall(routes.getWorkingHours, { params: { userId }, signal }),
  })

export const useWorkingHours = (userId: string) => useQuery(getWorkingHoursOptions(userId))

/** The PUT replaces the whole weekly pattern; availability changes with it. */
export const useReplaceWorkingHours = (userId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ReplaceWorkingHoursInput) =>
      apiCall(routes.replaceWorkingHours, { params: { userId }, body }),
    onSuccess: (hours) => {
      queryClient.setQueryData(servicesAdminKeys.workingHours(userId), hours)
      return queryClient.invalidateQueries({ queryKey: servicesAdminKeys.availability })
    },
  })
}
