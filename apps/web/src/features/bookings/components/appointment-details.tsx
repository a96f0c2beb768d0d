import { Anchor, Group, Stack, Text } from '@mantine/core'
import type { Appointment } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Fact } from '../../../components/ui/fact'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatWhen } from '../../../lib/times'
import { useServiceNames } from '../../../reference/services'
import { useAppointment } from '../api/get-appointment'
import { AppointmentActions } from './appointment-actions'
import { AppointmentStatusBadge } from './appointment-status-badge'

/** One appointment with its status, who and where, and what may be done to it. */
export const AppointmentDetails = ({ appointmentId }: { appointmentId: string }) => {
  const appointment = useAppointment(appointmentId)
  return (
    <SectionShell query={appointment} compact>
      {(a) => <AppointmentFacts a={a} />}
    </SectionShell>
  )
}

const AppointmentFacts = ({ a }: { a: Appointment }) => {
  const { t, i18n } = useTranslation()
  const nameOf = useServiceNames()
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
