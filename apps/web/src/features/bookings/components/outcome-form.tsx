import { Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { invalidateBookings } from '../api/invalidate'
import { type Outcome, useRecordOutcome } from '../api/record-outcome'

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
  const form = useForm<Record<string, never>>({ initialValues: {} })
  return (
    <FormShell
      form={form}
      submit={() => record.mutateAsync({ appointment, outcome })}
      successMessage={t(`bookings.actions.recorded.${outcome}`)}
      onSaved={onDone}
      onCancel={onDone}
      onReload={() => invalidateBookings(queryClient, appointment.familyId)}
      submitLabel={t(`bookings.actions.${outcome}`)}
      submitColor={outcome === 'no_show' ? 'orange' : 'teal'}
      cancelLabel={t('bookings.actions.leaveUnrecorded')}
    >
      <Text>{t(`bookings.actions.confirmText.${outcome}`)}</Text>
    </FormShell>
  )
}
