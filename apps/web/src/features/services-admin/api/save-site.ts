import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { roomsKeys } from '../../../reference/rooms'
import { sitesKeys } from '../../../reference/sites'

export type CreateSiteInput = RouteBody<typeof routes.createSite>
export type UpdateSiteInput = RouteBody<typeof routes.updateSite>
export type CreateRoomInput = RouteBody<typeof routes.createRoom>
export type UpdateRoomInput = RouteBody<typeof routes.updateRoom>

/** Sites carry their rooms, so any change refreshes both lists. */
const useRefreshSites = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sitesKeys.all }),
      queryClient.invalidateQueries({ queryKey: roomsKeys.all }),
    ])
}

export const useCreateSite = () => {
  const refresh = useRefreshSites()
  return useMutation({
    mutationFn: (body: CreateSiteInput) => apiCall(routes.createSite, { body }),
    onSuccess: refresh,
  })
}

export const useUpdateSite = () => {
  const refresh = useRefreshSites()
  return useMutation({
    mutationFn: ({ siteId, body }: { siteId: string; body: UpdateSiteInput }) =>
      apiCall(routes.updateSite, { params: { siteId }, body }),
    onSuccess: refresh,
  })
}

export const useCreateRoom = () => {
  const refresh = useRefreshSites()
  return useMutation({
    mutationFn: (body: CreateRoomInput) => apiCall(routes.createRoom, { body }),
    onSuccess: refresh,
  })
}

export const useUpdateRoom = () => {
  const refresh = useRefreshSites()
  return useMutation({
    mutationFn: ({ roomId, body }: { roomId: string; body: UpdateRoomInput }) =>
      apiCall(routes.updateRoom, { params: { roomId }, body }),
    onSuccess: refresh,
  })
}
