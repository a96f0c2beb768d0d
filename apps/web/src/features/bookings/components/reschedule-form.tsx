import { NumberInput, SimpleGrid, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { toVilniusInput, vilniusDateTime } from '../../../lib/format'
import { minutesBetween } from '../../../lib/times'
import { invalidateBookings } from '../api/invalidate'
import { useRescheduleAppointment } from '../api/reschedule-appointment'

/** An appointment lasts 5 minutes to 8 hours (the API's rule). */
const SHORTEST = 5
const LONGEST = 480

const rescheduleValues = (appointment: Appointment) => ({
  startsAt: toVilniusInput(appointment.startsAt),
  minutes: minutesBetween(appointment.startsAt, appointment.endsAt) as number | string,
})

/**
 * Moves an appointment to another time (Vilnius wall clock), keeping its room; checked like a new booking.
 * If someone else changed it meanwhile (412), the form stays open: a reload shows their time in the fields the
 * user left alone and keeps what they typed.
 */
export const RescheduleForm = ({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const reschedule = useRescheduleAppointment()
  const form = useForm({
    initialValues: rescheduleValues(appointment),
    validate: {
      startsAt: (value) => (value ? null : t('validation.required')),
      minutes: (value) =>
        typeof value === 'number' && value >= SHORTEST && value <= LONGEST
          ? null
          : t('bookings.actions.minutesRange', { min: SHORTEST, max: LONGEST }),
    },
  })
  const submit = ({ startsAt, minutes }: typeof form.values) => {
    const start = vilniusDateTime(startsAt)
    const end = new Date(Date.parse(start) + Number(minutes) * 60_000).toISOString()
    return reschedule.mutateAsync({ appointment, body: { startsAt: start, endsAt: end } })
  }
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={t('bookings.actions.rescheduled')}
      onSaved={onDone}
      onCancel={onDone}
      record={{ version: appointment.version, values: rescheduleValues(appointment) }}
      onReload={() => invalidateBookings(queryClient, appointment.familyId)}
      submitLabel={t('bookings.actions.move')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('bookings.actions.newStart')}
          required
          data-autofocus
          {...form.getInputProps('startsAt')}
        />
        <NumberInput
          label={t('bookings.actions.minutes')}
          required
          min={SHORTEST}
          max={LONGEST}
          step={5}
          {...form.getInputProps('minutes')}
        />
      </SimpleGrid>
    </FormShell>
  )
}
