import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ApiClientWithSecret } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useCreateApiClient } from '../api/create-api-client'
import { MAX_NAME, validateClientName, validateScopes } from './client-validation'
import { ScopeCheckboxes } from './scope-checkboxes'
import { asScopes } from './scopes'

interface CreateValues {
  name: string
  scopes: string[]
}

/** Issues an API client to a municipality; the secret comes back once, to `onIssued`. */
export const CreateClientForm = ({
  partnerId,
  onIssued,
  onCancel,
}: {
  partnerId: string
  onIssued: (issued: ApiClientWithSecret) => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const create = useCreateApiClient(partnerId)
  const form = useForm<CreateValues>({
    initialValues: { name: '', scopes: [] },
    validate: { name: validateClientName(t), scopes: validateScopes(t) },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('partners.formLabel')}
      problemTitle={t('partners.issueRefused')}
      submit={(values) => create.mutateAsync({ name: values.name.trim(), scopes: asScopes(values.scopes) })}
      onSaved={(issued) => (issued ? onIssued(issued) : undefined)}
      onCancel={onCancel}
      submitLabel={t('partners.issueSubmit')}
    >
      <TextInput
        label={t('partners.fields.name')}
        description={t('partners.fields.nameHint')}
        withAsterisk
        maxLength={MAX_NAME}
        data-autofocus
        {...form.getInputProps('name')}
      />
      <ScopeCheckboxes {...form.getInputProps('scopes')} />
    </FormShell>
  )
}
