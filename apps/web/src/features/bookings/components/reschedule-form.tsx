import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Appointment } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toVilniusInput, vilniusDateTime } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { minutesBetween } from '../../../lib/times'
import { useRescheduleAppointment } from '../api/reschedule-appointment'
import { explainAppointmentError } from './appointment-errors'

/** An appointment lasts 5 minutes to 8 hours (the API's rule). */
const SHORTEST = 5
const LONGEST = 480

/** Moves an appointment to another time (Vilnius wall clock), keeping its room; checked like a new booking. */
export const RescheduleForm = ({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const reschedule = useRescheduleAppointment()
  const [conflict, setConflict] = useState<string | null>(null)
  const form = useForm({
    initialValues: {
      startsAt: toVilniusInput(appointment.startsAt),
      minutes: minutesBetween(appointment.startsAt, appointment.endsAt) as number | string,
    },
    validate: {
      startsAt: (value) => (value ? null : t('validation.required')),
      minutes: (value) =>
        typeof value === 'number' && value >= SHORTEST && value <= LONGEST
          ? null
          : t('bookings.actions.minutesRange', { min: SHORTEST, max: LONGEST }),
    },
  })
  const submit = form.onSubmit(({ startsAt, minutes }) => {
    const start = vilniusDateTime(startsAt)
    const end = new Date(Date.parse(start) + Number(minutes) * 60_000).toISOString()
    reschedule.mutate(
      { appointment, body: { startsAt: start, endsAt: end } },
      {
        onSuccess: () => {
          notifySuccess(t('bookings.actions.rescheduled'))
          onDone()
        },
        onError: (error) => {
          const outcome = explainAppointmentError(error, t, queryClient, appointment.familyId)
          if (outcome.stale) onDone()
          else setConflict(outcome.conflict)
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
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
        {conflict ? (
          <Alert color="orange" role="alert">
            {conflict}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reschedule.isPending}>
            {t('bookings.actions.move')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
