import { Button, Checkbox, Group, Loader, Paper, Stack, Text } from '@mantine/core'
import type { CalendarEvent } from '@onestop/contracts'
import { type ComponentType, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { PageHeader } from '../../../components/ui/page-header'
import { useCurrentUser } from '../../../lib/session-store'
import { usePhone } from '../../../lib/use-phone'
import { useServiceNames } from '../../../reference/services'
import { useSites } from '../../../reference/sites'
import { useCalendarEvents } from '../api/list-calendar-events'
import {
  CalendarBoard,
  type EventMove,
  isCalendarView,
  type PickedTime,
  type VisibleDates,
} from '../components/calendar-board'
import { CalendarLegend } from '../components/calendar-legend'
import { type CalendarScope, SCOPE_KINDS, scopeFromParams, scopeQuery } from '../components/calendar-scope'
import { EventDrawer } from '../components/event-drawer'
import { ScopePicker } from '../components/scope-picker'

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** What booking from the calendar starts with: a picked time or day, and the calendar's specialist or site. */
export interface BookingPreset {
  startsAt?: string
  day?: string
  specialistId?: string
  siteId?: string
}

/** What the bookings area adds to the calendar; the app composes it, so this area imports none of it. */
export interface CalendarAreas {
  BookingDialog: ComponentType<{ opened: boolean; onClose: () => void; preset: BookingPreset }>
  AppointmentDetails: ComponentType<{ appointmentId: string }>
  MoveConfirm: ComponentType<{ move: EventMove | null; onDone: () => void }>
}

/** A specialist's, room's or site's calendar: appointments, group sessions and busy time; booking from it. */
export const CalendarPage = ({ areas }: { areas: CalendarAreas }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const phone = usePhone()
  // The calendar reads its first view and day once; later navigation is written back to the address.
  const [initial] = useState(() => {
    const view = params.get('view')
    const date = params.get('date')
    return {
      view: isCalendarView(view) ? view : phone ? 'timeGridDay' : 'timeGridWeek',
      date: date && DAY_PATTERN.test(date) ? date : undefined,
    }
  })
  const scope = scopeFromParams(params, user.id)
  const [visible, setVisible] = useState<VisibleDates | null>(null)
  const [includeCancelled, setIncludeCancelled] = useState(false)
  const [opened, setOpened] = useState<CalendarEvent | null>(null)
  const [booking, setBooking] = useState<BookingPreset | null>(null)
  const [move, setMove] = useState<EventMove | null>(null)
  const sites = useSites()
  const events = useCalendarEvents(scopeQuery(scope, visible, includeCancelled))
  const nameOf = useServiceNames()
  const shown = scope.id ? events.data?.items : undefined
  // Appointments carry the service's Lithuanian name; the reader's language comes from the catalogue.
  const localized = useMemo(
    () =>
      (shown ?? []).map((event) =>
        event.kind === 'appointment' ? { ...event, title: nameOf(event.serviceId, event.title) } : event,
      ),
    [shown, nameOf],
  )

  const changeParams = (change: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        change(next)
        return next
      },
      { replace: true },
    )
  const changeScope = (next: CalendarScope) =>
    changeParams((p) => {
      for (const kind of SCOPE_KINDS) p.delete(kind)
      p.set(next.kind, next.id ?? '')
    })
  const changeDates = (dates: VisibleDates) =>
    setVisible((current) =>
      current && current.from === dates.from && current.to === dates.to && current.view === dates.view
        ? current
        : dates,
    )
  // The address follows the calendar's navigation once it has rendered, so a reload shows the same days.
  useEffect(() => {
    if (!visible || (params.get('view') === visible.view && params.get('date') === visible.day)) return
    const next = new URLSearchParams(params)
    next.set('view', visible.view)
    next.set('date', visible.day)
    setParams(next, { replace: true })
  }, [visible, params, setParams])
  const siteOfScope = (): string | undefined => {
    if (scope.kind === 'site') return scope.id ?? undefined
    if (scope.kind === 'room')
      return sites.data?.items.find((site) => site.rooms.some((room) => room.id === scope.id))?.id
    return undefined
  }
  const presetFor = (time?: PickedTime): BookingPreset => {
    const siteId = siteOfScope()
    return {
      ...time,
      ...(scope.kind === 'specialist' && scope.id ? { specialistId: scope.id } : {}),
      ...(siteId ? { siteId } : {}),
    }
  }

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('calendar.title')}
        actions={<Button onClick={() => setBooking(presetFor())}>{t('calendar.book')}</Button>}
      />
      <Group justify="space-between" align="flex-end">
        <ScopePicker scope={scope} onChange={changeScope} />
        <Group gap="md">
          <Checkbox
            label={t('calendar.showCancelled')}
            checked={includeCancelled}
            onChange={(e) => setIncludeCancelled(e.currentTarget.checked)}
          />
          <Group gap={6} role="status" aria-live="polite" mih={24}>
            {events.isFetching ? (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dimmed">
                  {t('common.loading')}
                </Text>
              </>
            ) : null}
          </Group>
        </Group>
      </Group>
      {events.isError ? <ErrorBlock error={events.error} onRetry={() => void events.refetch()} /> : null}
      {!scope.id ? <Text c="dimmed">{t('calendar.chooseFirst')}</Text> : null}
      <Paper withBorder p="sm" aria-busy={events.isFetching}>
        <CalendarBoard
          events={localized}
          initialView={initial.view}
          initialDate={initial.date}
          onDatesChange={changeDates}
          onOpen={setOpened}
          onPick={(time) => setBooking(presetFor(time))}
          onMove={setMove}
        />
      </Paper>
      <CalendarLegend />
      <EventDrawer
        event={opened}
        onClose={() => setOpened(null)}
        AppointmentDetails={areas.AppointmentDetails}
      />
      <areas.BookingDialog
        opened={booking !== null}
        onClose={() => setBooking(null)}
        preset={booking ?? {}}
      />
      <areas.MoveConfirm move={move} onDone={() => setMove(null)} />
    </Stack>
  )
}
