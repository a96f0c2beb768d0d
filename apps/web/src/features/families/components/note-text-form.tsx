import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { NOTE_TEXT_MAX_LENGTH } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { notifyError } from '../../../lib/notify'
import { serverFieldErrors } from './family-validation'

/** One textarea and a submit button: for editing a note or annotating it. */
export const NoteTextForm = ({
  initial = '',
  label,
  hint,
  submitLabel,
  loading,
  onSubmit,
  onCancel,
}: {
  initial?: string
  label: string
  hint: string
  submitLabel: string
  loading: boolean
  onSubmit: (text: string) => Promise<unknown>
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const form = useForm({
    initialValues: { text: initial },
    validate: { text: (value) => (value.trim() ? null : t('validation.required')) },
  })
  // The text is sent as typed: the API keeps notes verbatim.
  const submit = form.onSubmit((values) =>
    onSubmit(values.text).catch((error: unknown) => {
      const errors = serverFieldErrors(error)
      if (errors.text) form.setErrors({ text: errors.text })
      else notifyError(error, t)
    }),
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <Textarea
          label={label}
          required
          autosize
          minRows={4}
          maxLength={NOTE_TEXT_MAX_LENGTH}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
