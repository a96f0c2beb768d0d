import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { accommodationKeys } from './keys'

/** The organisation's facilities with their rooms and beds (a centre has a handful). */
const facilitiesOptions = () =>
  queryOptions({
    queryKey: accommodationKeys.facilities(),
    queryFn: ({ signal }) => apiCall(routes.listFacilities, { signal }),
    staleTime: 60_000,
  })

export const useFacilities = (enabled = true) => useQuery({ ...facilitiesOptions(), enabled })

export type CreateFacilityInput = RouteBody<typeof routes.createFacility>
export type UpdateFacilityInput = RouteBody<typeof routes.updateFacility>
export type UpdateRoomInput = RouteBody<typeof routes.updateAccommodationRoom>
export type CreateBedInput = RouteBody<typeof routes.createBed>
export type UpdateBedInput = RouteBody<typeof routes.updateBed>

/** Facilities carry their rooms and beds, so any change to one of them reads the list afresh. */
const useRefreshFacilities = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: accommodationKeys.facilities() })
}

export const useCreateFacility = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: (body: CreateFacilityInput) => apiCall(routes.createFacility, { body }),
    onSettled,
  })
}

export const useUpdateFacility = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: ({
      facilityId,
      version,
      body,
    }: {
      facilityId: string
      version: number
      body: UpdateFacilityInput
    }) => apiCall(routes.updateFacility, { params: { facilityId }, body, headers: ifMatch(version) }),
    onSettled,
  })
}

export const useCreateRoom = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: ({ facilityId, name }: { facilityId: string; name: string }) =>
      apiCall(routes.createAccommodationRoom, { params: { facilityId }, body: { name } }),
    onSettled,
  })
}

export const useUpdateRoom = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: ({ roomId, version, body }: { roomId: string; version: number; body: UpdateRoomInput }) =>
      apiCall(routes.updateAccommodationRoom, {
        params: { accommodationRoomId: roomId },
        body,
        headers: ifMatch(version),
      }),
    onSettled,
  })
}

export const useCreateBed = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: ({ roomId, body }: { roomId: string; body: CreateBedInput }) =>
      apiCall(routes.createBed, { params: { accommodationRoomId: roomId }, body }),
    onSettled,
  })
}

export const useUpdateBed = () => {
  const onSettled = useRefreshFacilities()
  return useMutation({
    mutationFn: ({ bedId, version, body }: { bedId: string; version: number; body: UpdateBedInput }) =>
      apiCall(routes.updateBed, { params: { bedId }, body, headers: ifMatch(version) }),
    onSettled,
  })
}
