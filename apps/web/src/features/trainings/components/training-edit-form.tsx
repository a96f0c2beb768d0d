import { NumberInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Training } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { type UpdateTrainingInput, useUpdateTraining } from '../api/training-changes'

interface EditValues {
  title: string
  capacity: number | string
}

/** What changed, as the PATCH body; an empty title or a capacity out of range the form refuses first. */
const changesOf = (values: EditValues, training: Training): UpdateTrainingInput => {
  const title = values.title.trim()
  return {
    ...(title !== training.title ? { title } : {}),
    ...(values.capacity !== training.capacity ? { capacity: Number(values.capacity) } : {}),
  }
}

/**
 * Renames the training or changes its places, sending the version read; a 412 offers to reload it, keeping
 * what was typed. The API refuses fewer places than those enrolled.
 */
export const TrainingEditForm = ({
  training,
  onDone,
  onReload,
}: {
  training: Training
  onDone: () => void
  onReload: () => Promise<unknown>
}) => {
  const { t } = useTranslation()
  const update = useUpdateTraining(training.id)
  const values: EditValues = { title: training.title, capacity: training.capacity }
  const form = useForm<EditValues>({
    initialValues: values,
    validate: {
      title: (title) => (title.trim() ? null : t('validation.required')),
      capacity: (capacity) =>
        typeof capacity === 'number' && Number.isInteger(capacity) && capacity >= 1 && capacity <= 500
          ? null
          : t('trainings.form.capacityRange'),
    },
  })
  const submit = (next: EditValues) => {
    const body = changesOf(next, training)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ version: training.version, body })
  }
  return (
    <FormShell
      form={form}
      ariaLabel={t('trainings.actions.edit')}
      problemTitle={t('trainings.actions.editRefused')}
      submit={submit}
      successMessage={t('trainings.actions.saved')}
      onSaved={onDone}
      onCancel={onDone}
      onReload={onReload}
      record={{ version: training.version, values }}
    >
      <TextInput
        label={t('trainings.form.name')}
        withAsterisk
        maxLength={200}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <NumberInput
        label={t('trainings.form.capacity')}
        description={t('trainings.actions.capacityHint', { n: training.enrolledCount })}
        withAsterisk
        min={1}
        max={500}
        {...form.getInputProps('capacity')}
      />
    </FormShell>
  )
}
