import { NumberInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ApiClient, ApiClientWithSecret } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useRotateApiClientSecret } from '../api/rotate-api-client-secret'
import { DEFAULT_OVERLAP_HOURS, MAX_OVERLAP_HOURS, validateOverlapHours } from './client-validation'

/** Issues a client a new secret; the old one keeps working for the overlap the admin chooses. */
export const RotateSecretForm = ({
  partnerId,
  client,
  onIssued,
  onCancel,
}: {
  partnerId: string
  client: ApiClient
  onIssued: (issued: ApiClientWithSecret) => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const rotate = useRotateApiClientSecret(partnerId, client.id)
  const form = useForm<{ overlapHours: number | string }>({
    initialValues: { overlapHours: DEFAULT_OVERLAP_HOURS },
    validate: { overlapHours: validateOverlapHours(t) },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('partners.rotateFormLabel')}
      problemTitle={t('partners.rotateRefused')}
      submit={(values) => rotate.mutateAsync(Number(values.overlapHours))}
      onSaved={(issued) => (issued ? onIssued(issued) : undefined)}
      onCancel={onCancel}
      submitLabel={t('partners.rotateSubmit')}
    >
      <NumberInput
        label={t('partners.overlapHours')}
        description={t('partners.overlapHint')}
        withAsterisk
        min={0}
        max={MAX_OVERLAP_HOURS}
        allowDecimal={false}
        allowNegative={false}
        data-autofocus
        {...form.getInputProps('overlapHours')}
      />
    </FormShell>
  )
}
