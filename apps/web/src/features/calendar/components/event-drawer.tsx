import { Anchor, Badge, Drawer, Group, Loader, Stack, Text } from '@mantine/core'
import type { CalendarEvent } from '@onestop/contracts'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { useServiceNames } from '../../../reference/services'
import { useAppointment } from '../../bookings/api/get-appointment'
import { AppointmentActions } from '../../bookings/components/appointment-actions'
import { AppointmentStatusBadge } from '../../bookings/components/appointment-status-badge'
import { formatWhen } from '../../bookings/components/times'

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  </div>
)

const AppointmentDetails = ({ appointmentId }: { appointmentId: string }) => {
  const { t, i18n } = useTranslation()
  const appointment = useAppointment(appointmentId)
  const nameOf = useServiceNames()
  if (appointment.isPending) return <Loader size="sm" aria-label={t('common.loading')} />
  if (appointment.isError)
    return <ErrorBlock error={appointment.error} onRetry={() => void appointment.refetch()} />
  const a = appointment.data
  return (
    <Stack>
      <Group gap="xs">
        <Text fw={600}>{nameOf(a.serviceId, a.serviceName)}</Text>
        <AppointmentStatusBadge status={a.status} />
      </Group>
      <Fact label={t('bookings.columns.when')}>{formatWhen(a.startsAt, a.endsAt, i18n.language)}</Fact>
      <Fact label={t('bookings.columns.specialist')}>{a.specialist.name}</Fact>
      <Fact label={t('bookings.columns.room')}>{a.roomName ?? '—'}</Fact>
      {a.familyId ? (
        <Fact label={t('bookings.book.family')}>
          <Anchor component={Link} to={`/families/${a.familyId}`}>
            {a.familyReferenceCode}
          </Anchor>
        </Fact>
      ) : null}
      <Fact label={t('bookings.columns.participants')}>
        {a.participants?.map((p) => p.name).join(', ') || '—'}
      </Fact>
      {a.cancelReason ? <Fact label={t('bookings.actions.reason')}>{a.cancelReason}</Fact> : null}
      <AppointmentActions appointment={a} />
    </Stack>
  )
}

const GroupSessionDetails = ({ event }: { event: CalendarEvent }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack>
      <Group gap="xs">
        <Text fw={600}>{event.title}</Text>
        <Badge color={event.status === 'cancelled' ? 'gray' : 'grape'} variant="light">
          {t(`bookings.eventStatuses.${event.status}`)}
        </Badge>
      </Group>
      <Fact label={t('bookings.columns.when')}>
        {formatWhen(event.startsAt, event.endsAt, i18n.language)}
      </Fact>
      <Fact label={t('bookings.calendar.facilitators')}>{event.staff.map((s) => s.name).join(', ')}</Fact>
      <Fact label={t('bookings.columns.room')}>{event.room?.name ?? '—'}</Fact>
      {event.capacity !== null ? (
        <Fact label={t('bookings.calendar.enrolled')}>
          {t('bookings.calendar.places', { enrolled: event.enrolledCount ?? 0, capacity: event.capacity })}
        </Fact>
      ) : null}
      {event.runId ? (
        <Anchor component={Link} to={`/groups/${event.runId}`}>
          {t('bookings.calendar.openGroup')}
        </Anchor>
      ) : null}
    </Stack>
  )
}

/** The details of an event clicked on the calendar, with what may be done to it. */
export const EventDrawer = ({ event, onClose }: { event: CalendarEvent | null; onClose: () => void }) => {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      title={
        event?.kind === 'group_session'
          ? t('bookings.calendar.groupSession')
          : t('bookings.calendar.appointment')
      }
    >
      {event?.kind === 'appointment' ? (
        <AppointmentDetails appointmentId={event.id} />
      ) : event ? (
        <GroupSessionDetails event={event} />
      ) : null}
    </Drawer>
  )
}
