import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import type { Appointment, Family } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PagedSection } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { formatWhen } from '../../../lib/times'
import { useServiceNames } from '../../../reference/services'
import { useFamilyAppointments } from '../api/list-family-appointments'
import { AppointmentActions } from './appointment-actions'
import { AppointmentStatusBadge } from './appointment-status-badge'
import { BookingDialog } from './booking-dialog'

const Row = ({ appointment }: { appointment: Appointment }) => {
  const { t, i18n } = useTranslation()
  const nameOf = useServiceNames()
  const busy = appointment.visibility === 'busy'
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatWhen(appointment.startsAt, appointment.endsAt, i18n.language)}
      </Table.Td>
      <Table.Td>
        {busy ? t('bookings.busy') : nameOf(appointment.serviceId, appointment.serviceName)}
      </Table.Td>
      <Table.Td>{appointment.specialist.name}</Table.Td>
      <Table.Td>{appointment.roomName ?? '—'}</Table.Td>
      <Table.Td>{appointment.participants?.map((p) => p.name).join(', ') || '—'}</Table.Td>
      <Table.Td miw={130}>
        <Stack gap={2} align="flex-start">
          <AppointmentStatusBadge status={appointment.status} />
          {appointment.cancelReason ? (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {appointment.cancelReason}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <AppointmentActions appointment={appointment} layout="menu" />
      </Table.Td>
    </Table.Tr>
  )
}

/** A family's appointments (upcoming, or all of them), with their actions and booking through availability. */
export const FamilyBookingsTab = ({ family }: { family: Family }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [scope, setScope] = useState<'upcoming' | 'all'>('upcoming')
  const [booking, setBooking] = useState(false)
  const allowed = may(user, routes.createAppointment)
  const appointments = useFamilyAppointments(family.id, scope === 'upcoming', allowed)
  if (!allowed) return <Alert color="gray">{t('bookings.family.noAccess')}</Alert>

  const closed = family.status === 'closed'
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value === 'all' ? 'all' : 'upcoming')}
          data={[
            { value: 'upcoming', label: t('bookings.family.upcoming') },
            { value: 'all', label: t('bookings.family.all') },
          ]}
          aria-label={t('bookings.family.show')}
        />
        <Tooltip label={t('bookings.family.closed')} disabled={!closed}>
          <Button onClick={() => setBooking(true)} disabled={closed}>
            {t('bookings.family.book')}
          </Button>
        </Tooltip>
      </Group>
      <PagedSection
        framed
        query={appointments}
        items={(page) => page.items}
        empty={{ title: scope === 'upcoming' ? t('bookings.family.noUpcoming') : t('bookings.family.none') }}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('bookings.columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.columns.service')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.columns.specialist')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.columns.room')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.columns.participants')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.columns.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('bookings.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((appointment) => (
                  <Row key={appointment.id} appointment={appointment} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedSection>
      <BookingDialog
        opened={booking}
        onClose={() => setBooking(false)}
        preset={{ family: { id: family.id, referenceCode: family.referenceCode } }}
      />
    </Stack>
  )
}
