import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useCancelAppointment } from '../api/cancel-appointment'
import { invalidateBookings } from '../api/invalidate'

/**
 * Cancelling frees the specialist's and room's time; the reason stays with the appointment. If someone else
 * changed the appointment meanwhile (412), the form stays open with the typed reason and offers a reload.
 */
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
      onReload={() => invalidateBookings(queryClient, appointment.familyId)}
    />
  )
}
