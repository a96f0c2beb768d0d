import { Alert, Button, Group, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Site } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changedFields } from '../../../lib/changed-fields'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
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
  const [problem, setProblem] = useState<unknown>(null)
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
  const onError = (error: unknown) => {
    if (!applyFormErrors(form, error)) setProblem(error)
  }
  const onSuccess = (saved: Site) => {
    notifySuccess(t('servicesAdmin.sites.saved', { name: saved.name }))
    onDone()
  }

  const submit = form.onSubmit((values) => {
    setProblem(null)
    const name = values.name.trim()
    const address = values.address.trim()
    const municipality = values.municipality.trim()
    if (!site) {
      create.mutate({ name, address, ...(municipality ? { municipality } : {}) }, { onSuccess, onError })
      return
    }
    const body = changedFields({ name, address, municipality }, site)
    if (Object.keys(body).length === 0) onDone()
    else update.mutate({ siteId: site.id, body }, { onSuccess, onError })
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('servicesAdmin.sites.formLabel')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('servicesAdmin.sites.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
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
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {site ? t('common.save') : t('servicesAdmin.sites.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
