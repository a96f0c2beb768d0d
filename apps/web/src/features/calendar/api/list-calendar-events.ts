import { routes } from '@onestop/contracts/client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type CalendarQuery, calendarKeys } from '../../../reference/calendar-keys'

/** The events of one specialist, room or site in the visible period; the last period stays shown while the next loads. */
export const useCalendarEvents = (query: CalendarQuery | null) =>
  useQuery({
    queryKey: calendarKeys.events(query ?? ({} as CalendarQuery)),
    queryFn: ({ signal }) => apiCall(routes.listCalendarEvents, { query: query as CalendarQuery, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  })
