import { Button, Group, Paper, Radio, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { NOTE_TEXT_MAX_LENGTH, NOTE_VISIBILITIES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCreateNote } from '../api/write-note'
import { serverFieldErrors } from './family-validation'

type Visibility = (typeof NOTE_VISIBILITIES)[number]
const isVisibility = (value: string): value is Visibility => NOTE_VISIBILITIES.includes(value as Visibility)

export const NoteWriteForm = ({ familyId }: { familyId: string }) => {
  const { t } = useTranslation()
  const create = useCreateNote(familyId)
  const form = useForm({
    initialValues: { text: '', visibility: 'team' },
    validate: { text: (value) => (value.trim() ? null : t('validation.required')) },
  })
  const submit = form.onSubmit((values) =>
    create.mutate(
      { text: values.text, visibility: isVisibility(values.visibility) ? values.visibility : 'team' },
      {
        onSuccess: () => {
          notifySuccess(t('families.notes.saved'))
          form.reset()
        },
        onError: (error) => {
          const errors = serverFieldErrors(error)
          if (errors.text || errors.visibility) form.setErrors(errors)
          else notifyError(error, t)
        },
      },
    ),
  )
  return (
    <Paper withBorder p="md" component="section" aria-label={t('families.notes.write')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('families.notes.write')}
            required
            autosize
            minRows={3}
            maxLength={NOTE_TEXT_MAX_LENGTH}
            {...form.getInputProps('text')}
          />
          <Radio.Group label={t('families.notes.visibility')} {...form.getInputProps('visibility')}>
            <Stack gap="xs" mt="xs">
              {NOTE_VISIBILITIES.map((v) => (
                <Radio
                  key={v}
                  value={v}
                  label={t(`families.visibilities.${v}`)}
                  description={t(`families.notes.visibilityHint.${v}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('families.notes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
