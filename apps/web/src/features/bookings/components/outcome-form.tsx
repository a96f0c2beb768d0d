import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifySuccess } from '../../../lib/notify'
import { type Outcome, useRecordOutcome } from '../api/record-outcome'
import { explainAppointmentError } from './appointment-errors'

/** Confirms that the appointment took place (a delivered service per participant), or that nobody came. */
export const OutcomeForm = ({
  appointment,
  outcome,
  onDone,
}: {
  appointment: Appointment
  outcome: Outcome
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const record = useRecordOutcome()
  const [conflict, setConflict] = useState<string | null>(null)
  const confirm = () =>
    record.mutate(
      { appointment, outcome },
      {
        onSuccess: () => {
          notifySuccess(t(`bookings.actions.recorded.${outcome}`))
          onDone()
        },
        onError: (error) => {
          const result = explainAppointmentError(error, t, queryClient, appointment.familyId)
          if (result.stale) onDone()
          else setConflict(result.conflict)
        },
      },
    )
  return (
    <Stack>
      <Text>{t(`bookings.actions.confirmText.${outcome}`)}</Text>
      {conflict ? (
        <Alert color="orange" role="alert">
          {conflict}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('bookings.actions.leaveUnrecorded')}
        </Button>
        <Button
          color={outcome === 'no_show' ? 'orange' : 'teal'}
          loading={record.isPending}
          onClick={confirm}
          data-autofocus
        >
          {t(`bookings.actions.${outcome}`)}
        </Button>
      </Group>
    </Stack>
  )
}
