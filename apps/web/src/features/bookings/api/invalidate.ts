import type { QueryClient } from '@tanstack/react-query'
import { calendarKeys } from '../../calendar/api/keys'
import { familiesKeys } from '../../families/api/keys'
import { bookingsKeys } from './keys'

/** After booking or changing an appointment: every view of appointments and of free time. */
export const invalidateBookings = (queryClient: QueryClient, familyId?: string | null) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingsKeys.all }),
    queryClient.invalidateQueries({ queryKey: bookingsKeys.availabilityAll }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
    ...(familyId ? [queryClient.invalidateQueries({ queryKey: familiesKeys.timeline(familyId) })] : []),
    queryClient.invalidateQueries({ queryKey: familiesKeys.attention }),
  ])
