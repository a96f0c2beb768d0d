import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { servicesAdminKeys } from './keys'

export type CreateAbsenceInput = RouteBody<typeof routes.createAbsence>

export const listAbsencesOptions = (userId: string) =>
  infiniteQueryOptions({
    queryKey: servicesAdminKeys.absences(userId),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listAbsences, {
        params: { userId },
        query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useAbsences = (userId: string) => useInfiniteQuery(listAbsencesOptions(userId))

/** An absence changes who is available, so the availability searches are asked afresh too. */
const useRefreshAbsences = (userId: string) => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: servicesAdminKeys.absences(userId) }),
      queryClient.invalidateQueries({ queryKey: servicesAdminKeys.availability }),
    ])
}

export const useCreateAbsence = (userId: string) => {
  const refresh = useRefreshAbsences(userId)
  return useMutation({
    mutationFn: (body: CreateAbsenceInput) => apiCall(routes.createAbsence, { params: { userId }, body }),
    onSuccess: refresh,
  })
}

export const useDeleteAbsence = (userId: string) => {
  const refresh = useRefreshAbsences(userId)
  return useMutation({
    mutationFn: (absenceId: string) => apiCall(routes.deleteAbsence, { params: { userId, absenceId } }),
    onSuccess: refresh,
  })
}
