import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { invalidateBookings } from './invalidate'
import { bookingsKeys } from './keys'

export type RescheduleInput = RouteBody<typeof routes.rescheduleAppointment>

interface Target {
  id: string
  version: number
  familyId: string | null
}

export const useRescheduleAppointment = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ appointment, body }: { appointment: Target; body: RescheduleInput }) =>
      apiCall(routes.rescheduleAppointment, {
        params: { appointmentId: appointment.id },
        body,
        headers: ifMatch(appointment.version),
      }),
    onSuccess: (saved) => queryClient.setQueryData(bookingsKeys.detail(saved.id), saved),
    onSettled: (_data, _error, { appointment }) => invalidateBookings(queryClient, appointment.familyId),
  })
}
