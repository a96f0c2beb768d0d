import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Appointment, AvailableSlot } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FamilyPicker } from '../../../components/ui/family-picker'
import { FormProblem } from '../../../components/ui/form-alerts'
import { isApiError } from '../../../lib/api-error'
import { useFormShell } from '../../../lib/form-shell'
import { problemMessage } from '../../../lib/problem-message'
import { formatWhen } from '../../../lib/times'
import { useFamilySearch } from '../../../reference/families'
import { useCreateAppointment } from '../api/create-appointment'
import { ParticipantsField } from './participants-field'

export interface FixedFamily {
  id: string
  referenceCode: string
}

interface DetailsValues {
  familyId: string | null
  participantIds: string[]
}

/** The chosen slot, for whom it is booked, and the booking itself. */
export const BookingDetailsForm = ({
  slot,
  serviceId,
  serviceLabel,
  family,
  onBack,
  onBooked,
  onClash,
}: {
  slot: AvailableSlot
  serviceId: string
  serviceLabel: string
  family?: FixedFamily | undefined
  onBack: () => void
  onBooked: (appointment: Appointment) => void
  /** The slot was taken meanwhile (or the booking clashes otherwise): the message to show with fresh slots. */
  onClash: (message: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const create = useCreateAppointment()
  const [familySearch, setFamilySearch] = useState('')
  const found = useFamilySearch(familySearch, !family)
  const form = useForm<DetailsValues>({
    initialValues: { familyId: family?.id ?? null, participantIds: [] },
    validate: {
      familyId: (value) => (value ? null : t('validation.required')),
      participantIds: (value) => (value.length > 0 ? null : t('bookings.book.pickParticipants')),
    },
  })
  const shell = useFormShell({
    form,
    submit: (values) =>
      values.familyId
        ? create.mutateAsync({
            serviceId,
            specialistId: slot.specialist.id,
            ...(slot.room ? { roomId: slot.room.id } : {}),
            familyId: values.familyId,
            participantIds: values.participantIds,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
          })
        : undefined,
    onSaved: (appointment) => appointment && onBooked(appointment),
    onRefused: (error) => {
      if (!isApiError(error) || error.status !== 409) return false
      onClash(problemMessage(error, t))
      return true
    },
  })

  return (
    <form onSubmit={shell.handleSubmit} noValidate aria-label={t('bookings.book.label')}>
      <Stack>
        <Paper withBorder p="sm">
          <Text fw={600}>{serviceLabel}</Text>
          <Text size="sm">{formatWhen(slot.startsAt, slot.endsAt, i18n.language)}</Text>
          <Text size="sm" c="dimmed">
            {[slot.specialist.name, slot.room?.name ?? t('bookings.slots.noRoom'), slot.siteName].join(' · ')}
          </Text>
        </Paper>
        {family ? (
          <Text>
            <Text span fw={600}>
              {t('bookings.book.family')}:{' '}
            </Text>
            {family.referenceCode}
          </Text>
        ) : (
          <FamilyPicker
            // A closed family cannot be booked for.
            families={found.families.filter((candidate) => candidate.status !== 'closed')}
            searching={found.searching}
            search={familySearch}
            onSearchChange={setFamilySearch}
            required
            value={form.values.familyId}
            onChange={(familyId) => {
              form.setFieldValue('familyId', familyId)
              form.setFieldValue('participantIds', [])
            }}
            error={form.errors.familyId as string | undefined}
          />
        )}
        {form.values.familyId ? (
          <ParticipantsField
            familyId={form.values.familyId}
            value={form.values.participantIds}
            onChange={(ids) => form.setFieldValue('participantIds', ids)}
            error={form.errors.participantIds as string | undefined}
          />
        ) : null}
        <FormProblem shell={shell} />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('bookings.book.otherTimes')}
          </Button>
          <Button type="submit" loading={shell.pending}>
            {t('bookings.book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
