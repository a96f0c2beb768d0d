import { Anchor, Badge, Drawer, Group, Stack, Text } from '@mantine/core'
import type { CalendarEvent } from '@onestop/contracts'
import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Fact } from '../../../components/ui/fact'
import { formatWhen } from '../../../lib/times'

const GroupSessionDetails = ({ event }: { event: CalendarEvent }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack>
      <Group gap="xs">
        <Text fw={600}>{event.title}</Text>
        <Badge color={event.status === 'cancelled' ? 'gray' : 'grape'} variant="light">
          {t(`calendar.eventStatuses.${event.status}`)}
        </Badge>
      </Group>
      <Fact label={t('calendar.columns.when')}>
        {formatWhen(event.startsAt, event.endsAt, i18n.language)}
      </Fact>
      <Fact label={t('calendar.facilitators')}>{event.staff.map((s) => s.name).join(', ')}</Fact>
      <Fact label={t('calendar.columns.room')}>{event.room?.name ?? '—'}</Fact>
      {event.capacity !== null ? (
        <Fact label={t('calendar.enrolled')}>
          {t('calendar.places', { enrolled: event.enrolledCount ?? 0, capacity: event.capacity })}
        </Fact>
      ) : null}
      {event.runId ? (
        <Anchor component={Link} to={`/groups/${event.runId}`}>
          {t('calendar.openGroup')}
        </Anchor>
      ) : null}
    </Stack>
  )
}

/** The details of an event clicked on the calendar, with what may be done to it. */
export const EventDrawer = ({
  event,
  onClose,
  AppointmentDetails,
}: {
  event: CalendarEvent | null
  onClose: () => void
  /** The bookings area's view of an appointment (the app composes it in). */
  AppointmentDetails: ComponentType<{ appointmentId: string }>
}) => {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      title={event?.kind === 'group_session' ? t('calendar.groupSession') : t('calendar.appointment')}
    >
      {event?.kind === 'appointment' ? (
        <AppointmentDetails appointmentId={event.id} />
      ) : event ? (
        <GroupSessionDetails event={event} />
      ) : null}
    </Drawer>
  )
}
