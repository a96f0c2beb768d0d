import { NumberInput, Select, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FACILITY_KINDS, type Facility, type FacilityKind } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useSites } from '../../../reference/sites'
import { useCreateFacility, useUpdateFacility } from '../api/facilities'
import { accommodationKeys } from '../api/keys'

interface FacilityValues {
  siteId: string | null
  kind: string | null
  name: string
  maxStayNights: number | string
  active: boolean
}

const valuesOf = (facility?: Facility): FacilityValues => ({
  siteId: facility?.siteId ?? null,
  kind: facility?.kind ?? null,
  name: facility?.name ?? '',
  maxStayNights: facility?.maxStayNights ?? 90,
  active: facility?.active ?? true,
})

const isKind = (value: string | null): value is FacilityKind => FACILITY_KINDS.some((kind) => kind === value)

/** Adds a facility on a site, or edits one's name, longest stay and use; its site and kind stay as set. */
export const FacilityForm = ({ facility, onDone }: { facility?: Facility; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const sites = useSites()
  const create = useCreateFacility()
  const update = useUpdateFacility()
  const form = useForm<FacilityValues>({
    initialValues: valuesOf(facility),
    validate: {
      siteId: (value) => (value ? null : t('validation.required')),
      kind: (value) => (isKind(value) ? null : t('validation.required')),
      name: (value) => (value.trim() ? null : t('validation.required')),
      maxStayNights: (value) =>
        Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 3660
          ? null
          : t('accommodation.facilities.maxStayRange'),
    },
  })
  const submit = (values: FacilityValues) => {
    const name = values.name.trim()
    const maxStayNights = Number(values.maxStayNights)
    if (!facility) {
      if (!values.siteId || !isKind(values.kind)) return undefined
      return create.mutateAsync({ siteId: values.siteId, kind: values.kind, name, maxStayNights })
    }
    const body = changedFields({ name, maxStayNights, active: values.active }, facility)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ facilityId: facility.id, version: facility.version, body })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.facilities.formLabel')}
      problemTitle={t('accommodation.facilities.refused')}
      submit={submit}
      successMessage={(saved) => t('accommodation.facilities.saved', { name: saved?.name ?? '' })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={facility ? t('common.save') : t('accommodation.facilities.create')}
      {...(facility
        ? {
            record: { version: facility.version, values: valuesOf(facility) },
            onReload: () => queryClient.invalidateQueries({ queryKey: accommodationKeys.facilities() }),
          }
        : {})}
    >
      <Select
        label={t('accommodation.facilities.site')}
        withAsterisk
        disabled={Boolean(facility)}
        allowDeselect={false}
        data={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
        {...form.getInputProps('siteId')}
      />
      <Select
        label={t('accommodation.facilities.kind')}
        withAsterisk
        disabled={Boolean(facility)}
        allowDeselect={false}
        data={FACILITY_KINDS.map((kind) => ({ value: kind, label: t(`accommodation.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <TextInput
        label={t('accommodation.facilities.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('name')}
      />
      <NumberInput
        label={t('accommodation.facilities.maxStay')}
        description={t('accommodation.facilities.maxStayHint')}
        withAsterisk
        min={1}
        max={3660}
        allowDecimal={false}
        {...form.getInputProps('maxStayNights')}
      />
      {facility ? (
        <Switch
          label={t('accommodation.facilities.active')}
          description={t('accommodation.facilities.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      ) : null}
    </FormShell>
  )
}
