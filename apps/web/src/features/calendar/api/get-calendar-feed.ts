import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { calendarKeys } from '../../../reference/calendar-keys'

/** Whether my feed address is live (the address itself is never shown again). */
export const useCalendarFeed = () =>
  useQuery({
    queryKey: calendarKeys.feed,
    queryFn: ({ signal }) => apiCall(routes.getCalendarFeed, { signal }),
  })
