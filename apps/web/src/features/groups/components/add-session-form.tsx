import { Alert, Button, Group, NumberInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import { notifySuccess } from '../../../lib/notify'
import { fieldErrorMessage, problemMessage } from '../../../lib/problem-message'
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
  const [problem, setProblem] = useState<unknown>(null)
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
  const submit = form.onSubmit((values) => {
    const startsAt = pickedToIso(values.startsAt ?? '')
    const endsAt = new Date(
      new Date(startsAt).getTime() + Number(values.durationMinutes) * 60_000,
    ).toISOString()
    setProblem(null)
    add.mutate(
      { startsAt, endsAt },
      {
        onSuccess: () => {
          notifySuccess(t('groups.sessions.added'))
          onDone()
        },
        onError: (error) => {
          // The body has two fields; the duration is how the form sets the end.
          const fields = isApiError(error) ? error.fieldErrors : []
          if (fields.length === 0) {
            setProblem(error)
            return
          }
          form.setErrors(
            Object.fromEntries(
              fields.map((field) => [
                field.pointer === '/endsAt' ? 'durationMinutes' : 'startsAt',
                fieldErrorMessage(field, t),
              ]),
            ),
          )
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('groups.form.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
        <DateTimeField
          label={t('groups.sessions.startsAt')}
          withAsterisk
          {...form.getInputProps('startsAt')}
        />
        <NumberInput
          label={t('groups.form.durationMinutes')}
          min={5}
          max={480}
          step={15}
          {...form.getInputProps('durationMinutes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('groups.sessions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
