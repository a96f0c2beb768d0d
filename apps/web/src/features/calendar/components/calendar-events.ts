import type { EventInput } from '@fullcalendar/core'
import type { CalendarEvent } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { toWallClock } from './wall-clock'

export type EventLook = 'busy' | 'appointment' | 'completed' | 'no_show' | 'group' | 'cancelled'

/** Busy time is grey and nameless; group sessions have their own colour; outcomes colour appointments. */
export const lookOf = (event: CalendarEvent): EventLook => {
  if (event.visibility === 'busy') return 'busy'
  if (event.status === 'cancelled') return 'cancelled'
  if (event.kind === 'group_session') return 'group'
  if (event.status === 'completed' || event.status === 'no_show') return event.status
  return 'appointment'
}

export const LOOKS: Record<EventLook, { background: string; border: string; text: string }> = {
  busy: {
    background: 'var(--mantine-color-gray-2)',
    border: 'var(--mantine-color-gray-4)',
    text: 'var(--mantine-color-gray-7)',
  },
  appointment: {
    background: 'var(--mantine-color-indigo-8)',
    border: 'var(--mantine-color-indigo-9)',
    text: 'var(--mantine-color-white)',
  },
  completed: {
    background: 'var(--mantine-color-teal-9)',
    border: 'var(--mantine-color-teal-9)',
    text: 'var(--mantine-color-white)',
  },
  no_show: {
    background: 'var(--mantine-color-orange-7)',
    border: 'var(--mantine-color-orange-8)',
    // White on orange stays under 4.5:1 in every shade.
    text: 'var(--mantine-color-black)',
  },
  group: {
    background: 'var(--mantine-color-grape-7)',
    border: 'var(--mantine-color-grape-8)',
    text: 'var(--mantine-color-white)',
  },
  cancelled: {
    background: 'var(--mantine-color-gray-0)',
    border: 'var(--mantine-color-gray-5)',
    text: 'var(--mantine-color-gray-7)',
  },
}

/** Only a scheduled appointment of a family you may see, still to come, is moved by dragging. */
export const isMovable = (event: CalendarEvent, now = Date.now()) =>
  event.kind === 'appointment' &&
  event.visibility === 'full' &&
  event.status === 'scheduled' &&
  Date.parse(event.startsAt) > now

/** The text on the calendar: no names, only what the service is and the family's reference. */
export const eventTitle = (event: CalendarEvent, t: TFunction): string => {
  if (event.visibility === 'busy') return t('calendar.busy')
  const status = event.status === 'scheduled' ? null : t(`calendar.eventStatuses.${event.status}`)
  const what =
    event.kind === 'group_session'
      ? `${event.title ?? t('calendar.groupSession')}${
          event.capacity === null ? '' : ` (${event.enrolledCount ?? 0}/${event.capacity})`
        }`
      : (event.title ?? '')
  return [status, what, event.familyReferenceCode].filter(Boolean).join(' · ')
}

/** A calendar event as FullCalendar draws it; the event itself rides along for clicks. */
export const toEventInput = (event: CalendarEvent, t: TFunction, now = Date.now()): EventInput => {
  const look = lookOf(event)
  const colours = LOOKS[look]
  const movable = isMovable(event, now)
  return {
    id: `${event.kind}:${event.id}`,
    start: toWallClock(event.startsAt),
    end: toWallClock(event.endsAt),
    title: eventTitle(event, t),
    backgroundColor: colours.background,
    borderColor: colours.border,
    textColor: colours.text,
    classNames: [`os-event-${look}`],
    startEditable: movable,
    durationEditable: movable,
    extendedProps: { event },
  }
}
