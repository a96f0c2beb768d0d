import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROOM_KINDS, SERVICE_MODES, type Service, type ServiceMode } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProfessionCheckboxes } from '../../../components/ui/profession-checkboxes'
import { isApiError } from '../../../lib/api-error'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
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
 * refuses (412) and the form offers to reload it: `onReload` reads the catalogue afresh.
 */
export const ServiceForm = ({
  service,
  onDone,
  onReload,
}: {
  service?: Service
  onDone: () => void
  onReload?: () => void
}) => {
  const { t } = useTranslation()
  const create = useCreateService()
  const update = useUpdateService()
  const [problem, setProblem] = useState<unknown>(null)
  const form = useForm<ServiceFormValues>({
    initialValues: service ? serviceFormOf(service) : emptyServiceForm,
  })
  const stale = isApiError(problem) && problem.status === 412

  const onError = (error: unknown) => {
    if (isApiError(error) && error.type.endsWith('/service-code-taken')) {
      form.setErrors({ code: t('servicesAdmin.service.codeTaken') })
      return
    }
    if (!applyFormErrors(form, error)) setProblem(error)
  }

  const submit = form.onSubmit((values) => {
    const errors = validateServiceForm(values, t)
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors)
      return
    }
    setProblem(null)
    if (!service) {
      create.mutate(toCreateBody(values), {
        onSuccess: (created) => {
          notifySuccess(t('servicesAdmin.service.created', { code: created.code }))
          onDone()
        },
        onError,
      })
      return
    }
    const body = toUpdateBody(values, service)
    if (Object.keys(body).length === 0) {
      onDone()
      return
    }
    update.mutate(
      { serviceId: service.id, version: service.version, body },
      {
        onSuccess: (saved) => {
          notifySuccess(t('servicesAdmin.service.saved', { code: saved.code }))
          onDone()
        },
        onError,
      },
    )
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('servicesAdmin.service.formLabel')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('servicesAdmin.service.refused')} role="alert">
            {stale ? t('servicesAdmin.service.stale') : problemMessage(problem, t)}
            {stale && onReload ? (
              <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onReload}>
                {t('servicesAdmin.service.reload')}
              </Button>
            ) : null}
          </Alert>
        ) : null}
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
        <TextInput
          label={t('servicesAdmin.service.methodology')}
          maxLength={200}
          {...form.getInputProps('methodology')}
        />
        <Switch
          label={t('servicesAdmin.service.active')}
          description={t('servicesAdmin.service.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {service ? t('common.save') : t('servicesAdmin.service.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
