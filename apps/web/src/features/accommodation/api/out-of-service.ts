import type { OutOfServicePeriod, RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys } from './keys'

/** A bed's out-of-service periods, earliest first (the bed's own panel in the setup screen). */
export const useOutOfService = (bedId: string) =>
  useQuery({
    queryKey: accommodationKeys.bedOutOfService(bedId),
    queryFn: ({ signal }) => apiCall(routes.listOutOfService, { params: { bedId }, signal }),
    staleTime: 60_000,
  })

const byBed = (items: readonly OutOfServicePeriod[]) => {
  const map = new Map<string, OutOfServicePeriod[]>()
  for (const period of items) map.set(period.bedId, [...(map.get(period.bedId) ?? []), period])
  return map
}

/**
 * The out-of-service periods of all a facility's beds overlapping [from, to), by bed id: one request for a
 * board, a timeline or a choice of free beds.
 */
export const useFacilityOutOfService = (facilityId: string, from: string, to: string, enabled = true) =>
  useQuery({
    queryKey: accommodationKeys.facilityOutOfService(facilityId, from, to),
    queryFn: ({ signal }) =>
      apiCall(routes.listFacilityOutOfService, { params: { facilityId }, query: { from, to }, signal }),
    select: (data) => byBed(data.items),
    staleTime: 60_000,
    enabled: enabled && from < to,
  })

export type CreateOutOfServiceInput = RouteBody<typeof routes.createOutOfService>

/** A change to one bed's periods refreshes every list of periods: the bed's and its facility's. */
const useRefreshOutOfService = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: accommodationKeys.outOfService() })
}

export const useCreateOutOfService = (bedId: string) => {
  const onSettled = useRefreshOutOfService()
  return useMutation({
    mutationFn: (body: CreateOutOfServiceInput) =>
      apiCall(routes.createOutOfService, { params: { bedId }, body }),
    onSettled,
  })
}

export const useDeleteOutOfService = (bedId: string) => {
  const onSettled = useRefreshOutOfService()
  return useMutation({
    mutationFn: (outOfServiceId: string) =>
      apiCall(routes.deleteOutOfService, { params: { bedId, outOfServiceId } }),
    onSettled,
  })
}
