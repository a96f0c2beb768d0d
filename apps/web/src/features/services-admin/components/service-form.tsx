import { Checkbox, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROOM_KINDS, SERVICE_MODES, type Service, type ServiceMode } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { ProfessionCheckboxes } from '../../../components/ui/profession-checkboxes'
import { isApiError } from '../../../lib/api-error'
import { applyFormErrors } from '../../../lib/form-errors'
import { useMethodologyOptions } from '../../../reference/methodologies'
import { useCreateService, useUpdateService } from '../api/save-service'
import {
  emptyServiceForm,
  type ServiceFormValues,
  serviceFormOf,
  toCreateBody,
  toUpdateBody,
  validateServiceForm,
} from './service-form-values'

const isMode = (value: string | null): value is ServiceMode => SERVICE_MODES.includes(value as ServiceMode)

/**
 * Adds a service, or edits one read at `service.version`. When someone else saved it in between, the API
 * refuses (412) and the form offers to reload it: `onReload` reads the catalogue afresh, and the next save
 * sends the new version with what was typed.
 */
export const ServiceForm = ({
  service,
  onDone,
  onReload,
}: {
  service?: Service
  onDone: () => void
  onReload?: () => Promise<unknown>
}) => {
  const { t } = useTranslation()
  const create = useCreateService()
  const update = useUpdateService()
  const methodologies = useMethodologyOptions()
  const form = useForm<ServiceFormValues>({
    initialValues: service ? serviceFormOf(service) : emptyServiceForm,
  })
  const submit = (values: ServiceFormValues) => {
    if (!service) return create.mutateAsync(toCreateBody(values))
    const body = toUpdateBody(values, service)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ serviceId: service.id, version: service.version, body })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('servicesAdmin.service.formLabel')}
      problemTitle={t('servicesAdmin.service.refused')}
      check={(values) => validateServiceForm(values, t)}
      submit={submit}
      successMessage={(saved) =>
        t(service ? 'servicesAdmin.service.saved' : 'servicesAdmin.service.created', { code: saved?.code })
      }
      onSaved={onDone}
      onCancel={onDone}
      onReload={onReload}
      record={service && { version: service.version, values: serviceFormOf(service) }}
      onRefused={(error) => {
        if (!isApiError(error) || !error.type.endsWith('/service-code-taken'))
          return applyFormErrors(form, error)
        form.setErrors({ code: t('servicesAdmin.service.codeTaken') })
        return true
      }}
      submitLabel={service ? t('common.save') : t('servicesAdmin.service.create')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('servicesAdmin.service.code')}
          description={t('servicesAdmin.service.codeHint')}
          withAsterisk
          maxLength={50}
          autoComplete="off"
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t('servicesAdmin.service.catalogueCode')}
          description={t('servicesAdmin.service.catalogueCodeHint')}
          maxLength={20}
          autoComplete="off"
          {...form.getInputProps('catalogueCode')}
        />
      </SimpleGrid>
      <TextInput
        label={t('servicesAdmin.service.nameLt')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('nameLt')}
      />
      <TextInput
        label={t('servicesAdmin.service.nameEn')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('nameEn')}
      />
      <Select
        label={t('servicesAdmin.service.mode')}
        withAsterisk
        allowDeselect={false}
        data={SERVICE_MODES.map((mode) => ({ value: mode, label: t(`servicesAdmin.modes.${mode}`) }))}
        {...form.getInputProps('mode')}
        onChange={(mode) => isMode(mode) && form.setFieldValue('mode', mode)}
      />
      <ProfessionCheckboxes
        withAsterisk
        description={t('servicesAdmin.service.professionsHint')}
        {...form.getInputProps('professions')}
      />
      <Checkbox.Group
        label={t('servicesAdmin.service.roomKinds')}
        description={t('servicesAdmin.service.roomKindsHint')}
        {...form.getInputProps('roomKinds')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {ROOM_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`servicesAdmin.roomKinds.${kind}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('servicesAdmin.service.duration')}
          withAsterisk
          min={5}
          max={600}
          allowDecimal={false}
          {...form.getInputProps('defaultDurationMinutes')}
        />
        <NumberInput
          label={t('servicesAdmin.service.capacity')}
          description={t('servicesAdmin.service.capacityHint')}
          withAsterisk={form.values.mode === 'group'}
          min={1}
          max={500}
          allowDecimal={false}
          {...form.getInputProps('defaultCapacity')}
        />
      </SimpleGrid>
      <Select
        label={t('servicesAdmin.service.methodology')}
        description={t('servicesAdmin.service.methodologyHint')}
        placeholder={t('servicesAdmin.service.noMethodology')}
        clearable
        searchable
        nothingFoundMessage={methodologies.isPending ? t('common.loading') : '—'}
        data={methodologies.data}
        {...form.getInputProps('methodologyId')}
      />
      <Switch
        label={t('servicesAdmin.service.active')}
        description={t('servicesAdmin.service.activeHint')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormShell>
  )
}
