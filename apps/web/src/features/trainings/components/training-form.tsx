import { ActionIcon, Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { TRAINING_KINDS, type TrainingKind } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { formErrorsFrom } from '../../../lib/form-errors'
import { useCurrentUser } from '../../../lib/session-store'
import { useMethodologies } from '../../../reference/methodologies'
import { useRooms } from '../../../reference/rooms'
import { useColleagues } from '../../../reference/staff'
import { useCreateTraining } from '../api/create-training'
import { OutsideTrainersFields } from './outside-trainers-fields'
import {
  emptySession,
  emptyTrainingForm,
  type TrainingFormValues,
  toCreateBody,
  validateTrainingForm,
} from './training-form-values'

const MAX_SESSIONS = 30

/** Plans a training: the methodology and kind, who trains where, for how many, and its days. */
export const TrainingForm = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const methodologies = useMethodologies({ active: true })
  const rooms = useRooms()
  const colleagues = useColleagues(user.organisationId)
  const create = useCreateTraining()
  const form = useForm<TrainingFormValues>({ initialValues: emptyTrainingForm })
  const room = rooms.data?.items.find((r) => r.id === form.values.roomId)

  if (methodologies.isError)
    return <ErrorBlock error={methodologies.error} onRetry={() => void methodologies.refetch()} />

  return (
    <FormShell
      form={form}
      problemTitle={t('trainings.form.refused')}
      ariaLabel={t('trainings.form.title')}
      maw={760}
      check={(values) => validateTrainingForm(values, t, room?.capacity ?? null)}
      submit={(values) => create.mutateAsync(toCreateBody(values))}
      successMessage={t('trainings.form.created')}
      onSaved={(training) => training && void navigate(`/trainings/${training.id}`)}
      onCancel={() => void navigate('/trainings')}
      submitLabel={t('trainings.form.submit')}
      onRefused={(error, shown) => {
        const fieldErrors = formErrorsFrom(error, Object.keys(shown.values))
        if (fieldErrors) shown.setErrors(fieldErrors)
        // A clash (409) or an unknown methodology or trainer (404) is about the whole request.
        return Boolean(fieldErrors) && isApiError(error) && error.status === 400
      }}
    >
      <Select
        label={t('trainings.form.methodology')}
        withAsterisk
        searchable
        allowDeselect={false}
        nothingFoundMessage={methodologies.isPending ? t('common.loading') : '—'}
        data={(methodologies.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        {...form.getInputProps('methodologyId')}
      />
      <Select
        label={t('trainings.form.kind')}
        withAsterisk
        allowDeselect={false}
        data={TRAINING_KINDS.map((kind) => ({ value: kind, label: t(`trainings.kinds.${kind}`) }))}
        value={form.values.kind}
        onChange={(kind) => kind && form.setFieldValue('kind', kind as TrainingKind)}
      />
      <TextInput
        label={t('trainings.form.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('title')}
      />
      <Group align="flex-start" wrap="wrap">
        <Select
          label={t('trainings.form.room')}
          placeholder={t('trainings.form.noRoom')}
          clearable
          w={320}
          data={(rooms.data?.items ?? []).map((r) => ({
            value: r.id,
            label: t('trainings.form.roomOption', { name: r.name, n: r.capacity }),
          }))}
          {...form.getInputProps('roomId')}
        />
        <NumberInput
          label={t('trainings.form.capacity')}
          withAsterisk
          min={1}
          max={500}
          w={200}
          {...form.getInputProps('capacity')}
        />
      </Group>
      <MultiSelect
        label={t('trainings.form.trainers')}
        description={t('trainings.form.trainersHint')}
        searchable
        maxValues={10}
        nothingFoundMessage={colleagues.isPending ? t('common.loading') : '—'}
        data={(colleagues.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
        {...form.getInputProps('trainerIds')}
      />
      <OutsideTrainersFields form={form} />
      <Stack gap="xs" role="group" aria-label={t('trainings.form.sessions')}>
        {form.values.sessions.map((_, i) => (
          // Sessions have no identity of their own until saved; their place in the list is it.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={i} align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('trainings.form.day', { n: i + 1 })}
              withAsterisk
              {...form.getInputProps(`sessions.${i}.day`)}
            />
            <TextInput
              type="time"
              label={t('trainings.form.startsAt')}
              withAsterisk
              {...form.getInputProps(`sessions.${i}.startsAt`)}
            />
            <TextInput
              type="time"
              label={t('trainings.form.endsAt')}
              withAsterisk
              {...form.getInputProps(`sessions.${i}.endsAt`)}
            />
            {form.values.sessions.length > 1 ? (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('trainings.form.removeDay', { n: i + 1 })}
                onClick={() => form.removeListItem('sessions', i)}
              >
                ×
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {form.values.sessions.length < MAX_SESSIONS ? (
          <Button
            variant="light"
            w="fit-content"
            onClick={() => form.insertListItem('sessions', { ...emptySession })}
          >
            {t('trainings.form.addDay')}
          </Button>
        ) : null}
      </Stack>
    </FormShell>
  )
}
