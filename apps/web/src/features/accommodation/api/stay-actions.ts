import type { RouteBody, Stay } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { accommodationKeys } from './keys'

export type PlaceStaysInput = RouteBody<typeof routes.placeStays>

/** Any change to a stay changes boards, timelines and the family's fact: every list of stays is read again. */
export const refreshStays = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: accommodationKeys.stays() })

const useStayMutation = <Input>(send: (input: Input) => Promise<Stay>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => queryClient.setQueryData(accommodationKeys.stay(saved.id), saved),
    onSettled: () => refreshStays(queryClient),
  })
}

export const usePlaceStays = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PlaceStaysInput) => apiCall(routes.placeStays, { body }),
    onSettled: async (_placement, _error, body) => {
      // Placing from the waiting list closes the request once all its members are placed.
      if (body.waitingRequestId)
        await queryClient.invalidateQueries({ queryKey: accommodationKeys.waitingList() })
      await refreshStays(queryClient)
    },
  })
}

export const useCheckIn = () =>
  useStayMutation((stay: Stay) =>
    apiCall(routes.checkInStay, { params: { stayId: stay.id }, headers: ifMatch(stay.version) }),
  )

export const useCheckOut = () =>
  useStayMutation(({ stay, on }: { stay: Stay; on: string }) =>
    apiCall(routes.checkOutStay, {
      params: { stayId: stay.id },
      body: { on },
      headers: ifMatch(stay.version),
    }),
  )

export const useCancelStay = () =>
  useStayMutation(({ stay, reason }: { stay: Stay; reason: string }) =>
    apiCall(routes.cancelStay, {
      params: { stayId: stay.id },
      body: { reason },
      headers: ifMatch(stay.version),
    }),
  )

export const useMoveStay = () =>
  useStayMutation(({ stay, bedId, on }: { stay: Stay; bedId: string; on: string }) =>
    apiCall(routes.moveStay, {
      params: { stayId: stay.id },
      body: { bedId, on },
      headers: ifMatch(stay.version),
    }),
  )

export const useChangeStay = () =>
  useStayMutation(({ stay, checkOut }: { stay: Stay; checkOut: string }) =>
    apiCall(routes.changeStay, {
      params: { stayId: stay.id },
      body: { checkOut },
      headers: ifMatch(stay.version),
    }),
  )
