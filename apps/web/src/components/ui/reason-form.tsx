import { Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { FormShellOptions } from '../../lib/form-shell'
import { FormShell } from './form-shell'

type ReasonValues = { reason: string }

/**
 * Asks why before something is called off (a booking, a session, a place in a group): a required reason and
 * buttons naming the action and what leaving keeps. A refusal that belongs to no field shows in the form.
 */
export const ReasonForm = <Result,>({
  label,
  submitLabel,
  keepLabel,
  minLength = 1,
  description,
  submit,
  onCancel,
  ...options
}: Omit<FormShellOptions<ReasonValues, Result>, 'form' | 'submit'> & {
  label: string
  submitLabel: string
  /** What leaving without acting keeps, e.g. "Keep the appointment". */
  keepLabel: string
  /** Characters of text the reason needs, surrounding spaces not counted (the API's rule). */
  minLength?: number
  description?: string
  /** Sends the reason, trimmed. */
  submit: (reason: string) => Promise<Result>
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const form = useForm<ReasonValues>({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => {
        const length = value.trim().length
        if (length === 0) return t('validation.required')
        return length < minLength ? t('validation.minText', { min: minLength }) : null
      },
    },
  })
  return (
    <FormShell
      form={form}
      submit={({ reason }) => submit(reason.trim())}
      submitLabel={submitLabel}
      submitColor="red"
      cancelLabel={keepLabel}
      onCancel={onCancel}
      {...options}
    >
      <Textarea
        label={label}
        description={description}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormShell>
  )
}
