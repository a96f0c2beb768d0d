import { Modal, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { CalendarEvent } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { notifyError } from '../../../lib/notify'
import { formatWhen } from '../../../lib/times'
import { getAppointmentOptions } from '../api/get-appointment'
import { invalidateBookings } from '../api/invalidate'
import { useRescheduleAppointment } from '../api/reschedule-appointment'

/** An appointment dragged to a new time on a calendar; `revert` puts it back. */
export interface AppointmentMove {
  event: Pick<CalendarEvent, 'id' | 'title'>
  startsAt: string
  endsAt: string
  revert: () => void
}

const MoveForm = ({ move, onDone }: { move: AppointmentMove; onDone: () => void }) => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const reschedule = useRescheduleAppointment()
  const form = useForm<Record<string, never>>({ initialValues: {} })
  const keep = () => {
    move.revert()
    onDone()
  }
  const submit = async () => {
    const current = await queryClient.fetchQuery({
      ...getAppointmentOptions(move.event.id),
      staleTime: 60_000,
    })
    return reschedule.mutateAsync({
      appointment: current,
      body: { startsAt: move.startsAt, endsAt: move.endsAt },
    })
  }
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={t('bookings.actions.rescheduled')}
      onSaved={onDone}
      onCancel={keep}
      cancelLabel={t('bookings.actions.moveKeep')}
      submitLabel={t('bookings.actions.moveConfirm')}
      onReload={() =>
        invalidateBookings(queryClient).then(() =>
          queryClient.fetchQuery(getAppointmentOptions(move.event.id)),
        )
      }
      onRefused={(error) => {
        // A version someone else changed stays open to reload and move again; any other refusal (a clash)
        // puts the appointment back where it was and says why.
        if (isApiError(error) && error.status === 412) return false
        notifyError(error, t)
        keep()
        return true
      }}
    >
      <Text>
        {t('bookings.actions.moveQuestion', {
          what: move.event.title ?? '',
          when: formatWhen(move.startsAt, move.endsAt, i18n.language),
        })}
      </Text>
    </FormShell>
  )
}

/**
 * Asks before a dragged appointment is moved, then moves it with the version last read (If-Match). A clash puts
 * it back where it was and says why; a change by someone else offers to reload and move it again.
 */
export const MoveConfirm = ({ move, onDone }: { move: AppointmentMove | null; onDone: () => void }) => {
  const { t } = useTranslation()
  const keep = () => {
    move?.revert()
    onDone()
  }
  return (
    <Modal opened={move !== null} onClose={keep} title={t('bookings.actions.titles.reschedule')} centered>
      {move ? <MoveForm move={move} onDone={onDone} /> : null}
    </Modal>
  )
}
