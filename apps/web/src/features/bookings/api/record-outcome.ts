import type { Appointment } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { invalidateBookings } from './invalidate'
import { bookingsKeys } from './keys'

export type Outcome = 'completed' | 'no_show'

const ROUTE = { completed: routes.completeAppointment, no_show: routes.markAppointmentNoShow } as const

/** Marks a started appointment as delivered or as missed by the family. */
export const useRecordOutcome = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ appointment, outcome }: { appointment: Appointment; outcome: Outcome }) =>
      apiCall(ROUTE[outcome], {
        params: { appointmentId: appointment.id },
        headers: ifMatch(appointment.version),
      }),
    onSuccess: (saved) => queryClient.setQueryData(bookingsKeys.detail(saved.id), saved),
    onSettled: (_data, _error, { appointment }) => invalidateBookings(queryClient, appointment.familyId),
  })
}
