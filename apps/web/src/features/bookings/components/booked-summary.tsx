import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import type { Appointment } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatWhen } from '../../../lib/times'
import { useServiceNames } from '../../../reference/services'

/** What was booked, with what the booking went past (a service package's soft cap). */
export const BookedSummary = ({
  appointment,
  onClose,
}: {
  appointment: Appointment
  onClose: () => void
}) => {
  const { t, i18n } = useTranslation()
  const nameOf = useServiceNames()
  return (
    <Stack>
      <Alert color="teal" title={t('bookings.book.done')}>
        <Text size="sm">
          {nameOf(appointment.serviceId, appointment.serviceName)} ·{' '}
          {formatWhen(appointment.startsAt, appointment.endsAt, i18n.language)} ·{' '}
          {appointment.specialist.name}
          {appointment.roomName ? ` · ${appointment.roomName}` : ''}
        </Text>
      </Alert>
      {appointment.warnings?.length ? (
        <Alert color="yellow" title={t('bookings.book.warnings')} role="alert">
          <List size="sm">
            {appointment.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('bookings.book.close')}
        </Button>
      </Group>
    </Stack>
  )
}
