import type { DatesSetArg, EventClickArg } from '@fullcalendar/core'
import enGbLocale from '@fullcalendar/core/locales/en-gb'
import ltLocale from '@fullcalendar/core/locales/lt'
import dayGridPlugin from '@fullcalendar/daygrid'
import FullCalendar from '@fullcalendar/react'
import type { TrainingSummary } from '@onestop/contracts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays } from '../../../lib/times'

export interface VisibleDays {
  /** First visible day and the day after the last, `YYYY-MM-DD`. */
  from: string
  to: string
}

// Options FullCalendar compares by identity: new arrays on every render would rebuild it (and loop).
const PLUGINS = [dayGridPlugin]
const LOCALES = [ltLocale, enGbLocale]
const TOOLBAR = { left: 'prev,next today', center: 'title', right: '' }

/** Trainings as whole days on a month grid, Monday first; a cancelled one is grey and says so. */
export const TrainingCalendar = ({
  trainings,
  onDatesChange,
  onOpen,
}: {
  trainings: readonly TrainingSummary[]
  onDatesChange: (days: VisibleDays) => void
  onOpen: (trainingId: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const events = useMemo(
    () =>
      trainings.map((training) => ({
        id: training.id,
        title:
          training.status === 'cancelled'
            ? t('trainings.calendar.cancelledTitle', { title: training.title })
            : `${training.title} · ${t(`trainings.kinds.${training.kind}`)}`,
        start: training.startsOn,
        end: addDays(training.endsOn, 1),
        allDay: true,
        url: `/trainings/${training.id}`,
        color: training.status === 'cancelled' ? 'gray' : undefined,
      })),
    [trainings, t],
  )
  const datesSet = (arg: DatesSetArg) =>
    onDatesChange({ from: arg.start.toISOString().slice(0, 10), to: arg.end.toISOString().slice(0, 10) })
  const clicked = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault()
    onOpen(arg.event.id)
  }
  return (
    <FullCalendar
      plugins={PLUGINS}
      locales={LOCALES}
      locale={i18n.language === 'en' ? 'en-gb' : 'lt'}
      timeZone="UTC"
      initialView="dayGridMonth"
      headerToolbar={TOOLBAR}
      buttonIcons={false}
      firstDay={1}
      height="auto"
      dayMaxEvents
      events={events}
      eventClick={clicked}
      datesSet={datesSet}
    />
  )
}
