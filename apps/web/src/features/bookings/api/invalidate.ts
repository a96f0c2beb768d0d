import type { QueryClient } from '@tanstack/react-query'
import { availabilityKeys } from '../../../reference/availability-keys'
import { calendarKeys } from '../../../reference/calendar-keys'
import { familiesKeys } from '../../../reference/family-keys'
import { bookingsKeys } from './keys'

/** After booking or changing an appointment: every view of appointments and of free time. */
export const invalidateBookings = (queryClient: QueryClient, familyId?: string | null) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingsKeys.all }),
    queryClient.invalidateQueries({ queryKey: availabilityKeys.all }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
    ...(familyId ? [queryClient.invalidateQueries({ queryKey: familiesKeys.timeline(familyId) })] : []),
    queryClient.invalidateQueries({ queryKey: familiesKeys.attention }),
  ])
