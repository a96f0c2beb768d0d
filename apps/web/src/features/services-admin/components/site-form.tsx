import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Site } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useCreateSite, useUpdateSite } from '../api/save-site'

interface SiteFormValues {
  name: string
  address: string
  municipality: string
}

/** Adds a site, or edits one's name and address; an empty municipality takes the organisation's. */
export const SiteForm = ({ site, onDone }: { site?: Site; onDone: () => void }) => {
  const { t } = useTranslation()
  const create = useCreateSite()
  const update = useUpdateSite()
  const form = useForm<SiteFormValues>({
    initialValues: {
      name: site?.name ?? '',
      address: site?.address ?? '',
      municipality: site?.municipality ?? '',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      address: (value) => (value.trim() ? null : t('validation.required')),
      municipality: (value) => (site && !value.trim() ? t('validation.required') : null),
    },
  })
  const submit = (values: SiteFormValues) => {
    const name = values.name.trim()
    const address = values.address.trim()
    const municipality = values.municipality.trim()
    if (!site) return create.mutateAsync({ name, address, ...(municipality ? { municipality } : {}) })
    const body = changedFields({ name, address, municipality }, site)
    return Object.keys(body).length === 0 ? undefined : update.mutateAsync({ siteId: site.id, body })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('servicesAdmin.sites.formLabel')}
      problemTitle={t('servicesAdmin.sites.refused')}
      submit={submit}
      successMessage={(saved) => t('servicesAdmin.sites.saved', { name: saved?.name })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={site ? t('common.save') : t('servicesAdmin.sites.create')}
    >
      <TextInput
        label={t('servicesAdmin.sites.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('servicesAdmin.sites.address')}
        withAsterisk
        maxLength={300}
        {...form.getInputProps('address')}
      />
      <TextInput
        label={t('servicesAdmin.sites.municipality')}
        description={site ? null : t('servicesAdmin.sites.municipalityHint')}
        withAsterisk={Boolean(site)}
        maxLength={200}
        {...form.getInputProps('municipality')}
      />
    </FormShell>
  )
}
