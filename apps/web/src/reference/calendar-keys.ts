import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type CalendarQuery = NonNullable<RouteQuery<typeof routes.listCalendarEvents>>

export const calendarKeys = {
  all: ['calendar'] as const,
  events: (query: CalendarQuery) => [...calendarKeys.all, 'events', query] as const,
  myDay: (date: string) => [...calendarKeys.all, 'my-day', date] as const,
  feed: ['calendar-feed'] as const,
}
