import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Partnership } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { todayInVilnius } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
import { useCurrentUser } from '../../../lib/session-store'
import { useOrganisations } from '../../../reference/organisations'
import { useServices } from '../../../reference/services'
import { useProposePartnership } from '../api/propose-partnership'
import { DayField } from './day-field'

const MIN_REFERENCE = 3

interface ProposeValues {
  partnerOrganisationId: string | null
  agreementReference: string
  startsOn: string | null
  endsOn: string | null
  serviceIds: string[]
}

/** Proposes a partnership to another organisation; it shares nothing until their admin accepts it. */
export const ProposeForm = ({ onDone }: { onDone: () => void }) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const organisations = useOrganisations()
  const services = useServices({ active: true })
  const propose = useProposePartnership()
  const [problem, setProblem] = useState<unknown>(null)
  const form = useForm<ProposeValues>({
    initialValues: {
      partnerOrganisationId: null,
      agreementReference: '',
      startsOn: todayInVilnius(),
      endsOn: null,
      serviceIds: [],
    },
    validate: {
      partnerOrganisationId: (value) => (value ? null : t('validation.required')),
      agreementReference: (value) =>
        value.trim().length >= MIN_REFERENCE
          ? null
          : t('partnerships.referenceLength', { min: MIN_REFERENCE }),
      startsOn: (value) => (value ? null : t('validation.required')),
      endsOn: (value, values) =>
        value && values.startsOn && value < values.startsOn ? t('partnerships.endsBeforeStart') : null,
    },
  })

  const partners = (organisations.data?.items ?? [])
    .filter((organisation) => organisation.id !== user.organisationId)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }))
  const serviceOptions = (services.data?.items ?? []).map((service) => ({
    value: service.id,
    label: i18n.language === 'en' ? service.nameEn : service.nameLt,
  }))

  const submit = form.onSubmit((values) => {
    if (!values.partnerOrganisationId || !values.startsOn) return
    setProblem(null)
    propose.mutate(
      {
        partnerOrganisationId: values.partnerOrganisationId,
        agreementReference: values.agreementReference.trim(),
        startsOn: values.startsOn,
        ...(values.endsOn ? { endsOn: values.endsOn } : {}),
        serviceIds: values.serviceIds,
      },
      {
        onSuccess: (created: Partnership) => {
          notifySuccess(t('partnerships.proposed', { name: created.partnerOrganisation.name }))
          onDone()
        },
        onError: (error) => {
          if (!applyFormErrors(form, error)) setProblem(error)
        },
      },
    )
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('partnerships.formLabel')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('partnerships.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
        <Select
          label={t('partnerships.fields.partner')}
          placeholder={t('partnerships.fields.partnerPlaceholder')}
          withAsterisk
          searchable
          data={partners}
          nothingFoundMessage={organisations.isPending ? t('common.loading') : '—'}
          data-autofocus
          {...form.getInputProps('partnerOrganisationId')}
        />
        <TextInput
          label={t('partnerships.fields.agreementReference')}
          description={t('partnerships.fields.agreementHint')}
          withAsterisk
          maxLength={300}
          {...form.getInputProps('agreementReference')}
        />
        <Group grow align="flex-start">
          <DayField
            label={t('partnerships.fields.startsOn')}
            withAsterisk
            {...form.getInputProps('startsOn')}
          />
          <DayField
            label={t('partnerships.fields.endsOn')}
            description={t('partnerships.fields.endsOnHint')}
            clearable
            minDate={form.values.startsOn ?? undefined}
            {...form.getInputProps('endsOn')}
          />
        </Group>
        <MultiSelect
          label={t('partnerships.fields.services')}
          description={t('partnerships.fields.servicesHint')}
          searchable
          data={serviceOptions}
          nothingFoundMessage={services.isPending ? t('common.loading') : '—'}
          {...form.getInputProps('serviceIds')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {t('partnerships.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
