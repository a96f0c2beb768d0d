import type { CalendarEvent } from '@onestop/contracts'
import ical, { ICalEventStatus } from 'ical-generator'

/** Stable across renderings, so a mail client updates an event instead of adding it twice. */
const uidOf = (event: CalendarEvent) => `${event.id}@onestop`

/** "Psichologo konsultacija · F-2026-0042": the service and the family's code, never a name. */
const summaryOf = (event: CalendarEvent) =>
  [event.title ?? 'Užimta', event.familyReferenceCode].filter(Boolean).join(' · ')

const locationOf = (event: CalendarEvent, siteNames: Map<string, string>) =>
  [event.room?.name, event.siteId ? siteNames.get(event.siteId) : undefined].filter(Boolean).join(', ') ||
  null

/**
 * A staff member's events as an iCalendar document for their mail client. The feed leaves the centre, so
 * it carries no names and no personal data: only service or group titles, family reference codes, rooms,
 * sites and times (in UTC).
 */
export function renderICalendar(events: CalendarEvent[], siteNames: Map<string, string>): string {
  const calendar = ical({
    name: 'One Stop',
    prodId: { company: 'One Stop', product: 'Calendar feed', language: 'LT' },
    ttl: 60 * 60,
  })
  for (const event of events)
    calendar.createEvent({
      id: uidOf(event),
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: summaryOf(event),
      location: locationOf(event, siteNames),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  return calendar.toString()
}
