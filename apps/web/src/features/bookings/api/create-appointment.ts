import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
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
