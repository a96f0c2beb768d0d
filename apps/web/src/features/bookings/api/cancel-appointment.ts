import type { Appointment } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { invalidateBookings } from './invalidate'
import { bookingsKeys } from './keys'

export const useCancelAppointment = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ appointment, reason }: { appointment: Appointment; reason: string }) =>
      apiCall(routes.cancelAppointment, {
        params: { appointmentId: appointment.id },
        body: { reason },
        headers: ifMatch(appointment.version),
      }),
    onSuccess: (saved) => queryClient.setQueryData(bookingsKeys.detail(saved.id), saved),
    onSettled: (_data, _error, { appointment }) => invalidateBookings(queryClient, appointment.familyId),
  })
}
