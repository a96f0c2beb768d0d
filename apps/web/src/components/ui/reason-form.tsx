import { Alert, Button, Group, Stack, Textarea } from '@mantine/core'
import { type UseFormReturnType, useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'

export type ReasonFormValues = UseFormReturnType<{ reason: string }>

/**
 * Asks why before something is called off (a booking, a session, a place in a group): a required reason,
 * buttons naming the action and what leaving keeps, and an optional alert for a refusal that belongs to no
 * field.
 */
export const ReasonForm = ({
  label,
  submitLabel,
  keepLabel,
  pending,
  alert = null,
  minLength = 1,
  description,
  onSubmit,
  onCancel,
}: {
  label: string
  submitLabel: string
  /** What leaving without acting keeps, e.g. "Keep the appointment". */
  keepLabel: string
  pending: boolean
  alert?: string | null
  /** Characters of text the reason needs, surrounding spaces not counted (the API's rule). */
  minLength?: number
  description?: string
  onSubmit: (reason: string, form: ReasonFormValues) => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const form = useForm({
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
    <form onSubmit={form.onSubmit(({ reason }) => onSubmit(reason.trim(), form))} noValidate>
      <Stack>
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
        {alert ? (
          <Alert color="orange" role="alert">
            {alert}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {keepLabel}
          </Button>
          <Button type="submit" color="red" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
