import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { notifySuccess } from '../../../lib/notify'
import { useCancelAppointment } from '../api/cancel-appointment'
import { explainAppointmentError } from './appointment-errors'

/** Cancelling frees the specialist's and room's time; the reason stays with the appointment. */
export const CancelForm = ({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const cancel = useCancelAppointment()
  const [conflict, setConflict] = useState<string | null>(null)
  return (
    <ReasonForm
      label={t('bookings.actions.reason')}
      submitLabel={t('bookings.actions.confirmCancel')}
      keepLabel={t('bookings.actions.keepAppointment')}
      pending={cancel.isPending}
      alert={conflict}
      onCancel={onDone}
      onSubmit={(reason) =>
        cancel.mutate(
          { appointment, reason },
          {
            onSuccess: () => {
              notifySuccess(t('bookings.actions.cancelled'))
              onDone()
            },
            onError: (error) => {
              const outcome = explainAppointmentError(error, t, queryClient, appointment.familyId)
              if (outcome.stale) onDone()
              else setConflict(outcome.conflict)
            },
          },
        )
      }
    />
  )
}
