import { Group, MultiSelect, Select, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DayField } from '../../../components/ui/day-field'
import { FormShell } from '../../../components/ui/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import { useOrganisations } from '../../../reference/organisations'
import { useServices } from '../../../reference/services'
import { useProposePartnership } from '../api/propose-partnership'

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

  return (
    <FormShell
      form={form}
      ariaLabel={t('partnerships.formLabel')}
      problemTitle={t('partnerships.refused')}
      submit={(values) =>
        values.partnerOrganisationId && values.startsOn
          ? propose.mutateAsync({
              partnerOrganisationId: values.partnerOrganisationId,
              agreementReference: values.agreementReference.trim(),
              startsOn: values.startsOn,
              ...(values.endsOn ? { endsOn: values.endsOn } : {}),
              serviceIds: values.serviceIds,
            })
          : undefined
      }
      successMessage={(created) => t('partnerships.proposed', { name: created?.partnerOrganisation.name })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('partnerships.submit')}
    >
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
    </FormShell>
  )
}
