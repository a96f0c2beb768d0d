import { Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { NOTE_TEXT_MAX_LENGTH } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { applyFamilyFieldErrors } from './family-validation'

/** One textarea and a submit button: for editing a note or annotating it, with a draft under `draftKey`. */
export const NoteTextForm = ({
  initial = '',
  label,
  hint,
  submitLabel,
  successMessage,
  draftKey,
  submit,
  onDone,
}: {
  initial?: string
  label: string
  hint: string
  submitLabel: string
  successMessage: string
  draftKey: string
  /** Sends the text as typed: the API keeps notes verbatim. */
  submit: (text: string) => Promise<unknown>
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const form = useForm({
    initialValues: { text: initial },
    validate: { text: (value) => (value.trim() ? null : t('validation.required')) },
  })
  return (
    <FormShell
      form={form}
      submit={(values) => submit(values.text)}
      draftKey={draftKey}
      successMessage={successMessage}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={applyFamilyFieldErrors}
      submitLabel={submitLabel}
    >
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
    </FormShell>
  )
}
