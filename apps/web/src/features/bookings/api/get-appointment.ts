import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { bookingsKeys } from './keys'

export const getAppointmentOptions = (appointmentId: string) =>
  queryOptions({
    queryKey: bookingsKeys.detail(appointmentId),
    queryFn: ({ signal }) => apiCall(routes.getAppointment, { params: { appointmentId }, signal }),
  })

export const useAppointment = (appointmentId: string | null) =>
  useQuery({ ...getAppointmentOptions(appointmentId ?? ''), enabled: appointmentId !== null })
