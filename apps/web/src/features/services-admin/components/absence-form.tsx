import { Group, Select, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ABSENCE_KINDS, type AbsenceKind, type AffectedBooking } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { vilniusDateTime } from '../../../lib/format'
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

  const submit = (values: AbsenceFormValues) => {
    const note = values.note.trim()
    return create.mutateAsync({
      kind: values.kind,
      startsAt: vilniusDateTime(values.startsAt),
      endsAt: vilniusDateTime(values.endsAt),
      ...(note ? { note } : {}),
    })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('servicesAdmin.absences.new')}
      problemTitle={t('servicesAdmin.absences.refused')}
      submit={submit}
      successMessage={t('servicesAdmin.absences.added')}
      onSaved={(recorded) => {
        if (recorded) onRecorded(recorded.affected)
        onDone()
      }}
      onCancel={onDone}
      submitLabel={t('servicesAdmin.absences.add')}
    >
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
    </FormShell>
  )
}
