import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ABSENCE_KINDS, type AbsenceKind, type AffectedBooking } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { vilniusDateTime } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
import { useCreateAbsence } from '../api/absences'

interface AbsenceFormValues {
  kind: AbsenceKind
  /** Vilnius wall-clock `YYYY-MM-DDTHH:mm`, as datetime-local inputs give it. */
  startsAt: string
  endsAt: string
  note: string
}

const isKind = (value: string | null): value is AbsenceKind => ABSENCE_KINDS.includes(value as AbsenceKind)

/**
 * Records leave, sickness or other time away; times are Vilnius wall-clock. `onRecorded` receives the
 * bookings that fall inside the absence.
 */
export const AbsenceForm = ({
  userId,
  onDone,
  onRecorded,
}: {
  userId: string
  onDone: () => void
  onRecorded: (affected: AffectedBooking[]) => void
}) => {
  const { t } = useTranslation()
  const create = useCreateAbsence(userId)
  const [problem, setProblem] = useState<unknown>(null)
  const form = useForm<AbsenceFormValues>({
    initialValues: { kind: 'leave', startsAt: '', endsAt: '', note: '' },
    validate: {
      startsAt: (value) => (value ? null : t('validation.required')),
      endsAt: (value, values) =>
        !value
          ? t('validation.required')
          : values.startsAt && value <= values.startsAt
            ? t('servicesAdmin.absences.endsAfter')
            : null,
    },
  })

  const submit = form.onSubmit((values) => {
    setProblem(null)
    const note = values.note.trim()
    create.mutate(
      {
        kind: values.kind,
        startsAt: vilniusDateTime(values.startsAt),
        endsAt: vilniusDateTime(values.endsAt),
        ...(note ? { note } : {}),
      },
      {
        onSuccess: (recorded) => {
          notifySuccess(t('servicesAdmin.absences.added'))
          onRecorded(recorded.affected)
          onDone()
        },
        onError: (error) => {
          if (!applyFormErrors(form, error)) setProblem(error)
        },
      },
    )
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('servicesAdmin.absences.new')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('servicesAdmin.absences.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
        <Select
          label={t('servicesAdmin.absences.kind')}
          withAsterisk
          allowDeselect={false}
          data={ABSENCE_KINDS.map((kind) => ({
            value: kind,
            label: t(`servicesAdmin.absenceKinds.${kind}`),
          }))}
          {...form.getInputProps('kind')}
          onChange={(kind) => isKind(kind) && form.setFieldValue('kind', kind)}
        />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('servicesAdmin.absences.from')}
            withAsterisk
            {...form.getInputProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('servicesAdmin.absences.to')}
            withAsterisk
            {...form.getInputProps('endsAt')}
          />
        </Group>
        <Textarea
          label={t('servicesAdmin.absences.note')}
          maxLength={1000}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('servicesAdmin.absences.add')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
