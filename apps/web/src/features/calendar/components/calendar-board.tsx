import type { DatesSetArg, EventChangeArg, EventClickArg } from '@fullcalendar/core'
import enGbLocale from '@fullcalendar/core/locales/en-gb'
import ltLocale from '@fullcalendar/core/locales/lt'
import dayGridPlugin from '@fullcalendar/daygrid'
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction'
import FullCalendar from '@fullcalendar/react'
import timeGridPlugin from '@fullcalendar/timegrid'
import type { CalendarEvent } from '@onestop/contracts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './calendar-board.module.css'
import { toEventInput } from './calendar-events'
import { fromWallClock, visiblePeriod, wallClockDay, wallClockNow } from './wall-clock'

export const CALENDAR_VIEWS = ['timeGridWeek', 'timeGridDay', 'dayGridMonth'] as const
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number]

export const isCalendarView = (value: string | null): value is CalendarViewName =>
  CALENDAR_VIEWS.includes(value as CalendarViewName)

export interface VisibleDates {
  from: string
  to: string
  view: CalendarViewName
  /** The day the view is on (its first day, or the current one's for a month), `YYYY-MM-DD`. */
  day: string
}

export interface EventMove {
  event: CalendarEvent
  startsAt: string
  endsAt: string
  revert: () => void
}

/** A time picked on the calendar: an exact start in a day or week view, a whole day in the month view. */
export type PickedTime = { startsAt: string } | { day: string }

const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const
// Options FullCalendar compares by identity: new arrays on every render would rebuild it (and loop).
const PLUGINS = [timeGridPlugin, dayGridPlugin, interactionPlugin]
const LOCALES = [ltLocale, enGbLocale]
const TOOLBAR = { left: 'prev,next today', center: 'title', right: 'timeGridDay,timeGridWeek,dayGridMonth' }

/** FullCalendar in Vilnius time: Monday first, 07:00–20:00, in the reader's language. */
export const CalendarBoard = ({
  events,
  initialView,
  initialDate,
  onDatesChange,
  onOpen,
  onPick,
  onMove,
}: {
  events: readonly CalendarEvent[]
  initialView: CalendarViewName
  initialDate?: string | undefined
  onDatesChange: (dates: VisibleDates) => void
  onOpen: (event: CalendarEvent) => void
  onPick: (time: PickedTime) => void
  onMove: (move: EventMove) => void
}) => {
  const { t, i18n } = useTranslation()
  const inputs = useMemo(() => events.map((event) => toEventInput(event, t)), [events, t])
  const notPast = (span: { start: Date; allDay: boolean }) =>
    span.allDay
      ? wallClockDay(span.start) >= wallClockNow().slice(0, 10)
      : span.start.toISOString().slice(0, 16) >= wallClockNow().slice(0, 16)

  const datesSet = (arg: DatesSetArg) => {
    const view = isCalendarView(arg.view.type) ? arg.view.type : 'timeGridWeek'
    onDatesChange({
      ...visiblePeriod(arg.start, arg.end),
      view,
      day: wallClockDay(view === 'dayGridMonth' ? arg.view.currentStart : arg.start),
    })
  }
  const moved = (arg: EventChangeArg) => {
    const event = arg.event.extendedProps.event as CalendarEvent
    const { start, end } = arg.event
    if (!start || !end) return arg.revert()
    onMove({ event, startsAt: fromWallClock(start), endsAt: fromWallClock(end), revert: arg.revert })
  }
  const clicked = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault()
    const event = arg.event.extendedProps.event as CalendarEvent
    if (event.visibility === 'full') onOpen(event)
  }
  const dayClicked = (arg: DateClickArg) => {
    if (arg.allDay) onPick({ day: wallClockDay(arg.date) })
  }

  return (
    <div className={classes.board}>
      <FullCalendar
        plugins={PLUGINS}
        locales={LOCALES}
        locale={i18n.language === 'en' ? 'en-gb' : 'lt'}
        timeZone="UTC"
        now={wallClockNow}
        initialView={initialView}
        {...(initialDate ? { initialDate } : {})}
        headerToolbar={TOOLBAR}
        // Words, not icons: FullCalendar's arrow icons are images without a name.
        buttonIcons={false}
        firstDay={1}
        slotMinTime="07:00:00"
        slotMaxTime="20:00:00"
        slotDuration="00:15:00"
        slotLabelInterval="01:00"
        slotLabelFormat={TIME_FORMAT}
        eventTimeFormat={TIME_FORMAT}
        allDaySlot={false}
        nowIndicator
        height="auto"
        expandRows
        dayMaxEvents
        events={inputs}
        selectable
        selectMirror
        selectAllow={notPast}
        eventAllow={notPast}
        select={(arg) => {
          if (!arg.allDay) onPick({ startsAt: fromWallClock(arg.start) })
          arg.view.calendar.unselect()
        }}
        dateClick={dayClicked}
        eventClick={clicked}
        eventDrop={moved}
        eventResize={moved}
        datesSet={datesSet}
      />
    </div>
  )
}
