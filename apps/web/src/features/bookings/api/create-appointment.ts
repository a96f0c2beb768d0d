import { type RouteBody, routes } from '@onestop/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { invalidateBookings } from './invalidate'

export type CreateAppointmentInput = RouteBody<typeof routes.createAppointment>

export const useCreateAppointment = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateAppointmentInput) => apiCall(routes.createAppointment, { body }),
    onSettled: (_data, _error, body) => invalidateBookings(queryClient, body.familyId),
  })
}
