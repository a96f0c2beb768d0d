import { NumberInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { fieldErrorMessage } from '../../../lib/problem-message'
import { useAddGroupSession } from '../api/add-group-session'
import { DateTimeField, pickedToIso } from './date-time-field'

/** Adds one session to a run; it is checked and reserved like the run's other sessions. */
export const AddSessionForm = ({
  runId,
  defaultMinutes,
  onDone,
}: {
  runId: string
  defaultMinutes: number
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const add = useAddGroupSession(runId)
  const form = useForm<{ startsAt: string | null; durationMinutes: number | string }>({
    initialValues: { startsAt: null, durationMinutes: defaultMinutes },
    validate: {
      startsAt: (value) => (value ? null : t('validation.required')),
      durationMinutes: (value) =>
        typeof value === 'number' && value >= 5 && value <= 480
          ? null
          : t('groups.form.range', { min: 5, max: 480 }),
    },
  })
  const submit = (values: typeof form.values) => {
    const startsAt = pickedToIso(values.startsAt ?? '')
    const endsAt = new Date(
      new Date(startsAt).getTime() + Number(values.durationMinutes) * 60_000,
    ).toISOString()
    return add.mutateAsync({ startsAt, endsAt })
  }
  // The body has two fields; the duration is how the form sets the end.
  const placeFieldErrors = (error: unknown) => {
    const fields = isApiError(error) ? error.fieldErrors : []
    if (fields.length === 0) return false
    form.setErrors(
      Object.fromEntries(
        fields.map((field) => [
          field.pointer === '/endsAt' ? 'durationMinutes' : 'startsAt',
          fieldErrorMessage(field, t),
        ]),
      ),
    )
    return true
  }
  return (
    <FormShell
      form={form}
      problemTitle={t('groups.form.refused')}
      submit={submit}
      successMessage={t('groups.sessions.added')}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={placeFieldErrors}
      submitLabel={t('groups.sessions.add')}
    >
      <DateTimeField label={t('groups.sessions.startsAt')} withAsterisk {...form.getInputProps('startsAt')} />
      <NumberInput
        label={t('groups.form.durationMinutes')}
        min={5}
        max={480}
        step={15}
        {...form.getInputProps('durationMinutes')}
      />
    </FormShell>
  )
}
