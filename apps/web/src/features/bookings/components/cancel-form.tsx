import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useCancelAppointment } from '../api/cancel-appointment'
import { closeWhenStale } from './appointment-errors'

/** Cancelling frees the specialist's and room's time; the reason stays with the appointment. */
export const CancelForm = ({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const cancel = useCancelAppointment()
  return (
    <ReasonForm
      label={t('bookings.actions.reason')}
      submitLabel={t('bookings.actions.confirmCancel')}
      keepLabel={t('bookings.actions.keepAppointment')}
      onCancel={onDone}
      submit={(reason) => cancel.mutateAsync({ appointment, reason })}
      successMessage={t('bookings.actions.cancelled')}
      onSaved={onDone}
      onRefused={closeWhenStale(t, queryClient, appointment.familyId, onDone)}
    />
  )
}
