import {
  Group,
  MultiSelect,
  type MultiSelectProps,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Service } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { useMethodology, useMethodologyOptions } from '../../../reference/methodologies'
import { useRooms } from '../../../reference/rooms'
import { serviceName, useServices } from '../../../reference/services'
import { useColleagues } from '../../../reference/staff'
import { useCreateGroupRun } from '../api/create-group-run'
import {
  emptyRunForm,
  type RunFormValues,
  runFormErrors,
  toCreateBody,
  validateRunForm,
} from './run-form-values'
import { ScheduleFields } from './schedule-fields'

/** Plans a run: the service, who leads it where, for how many, and its sessions. */
export const GroupRunForm = () => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const services = useServices({ mode: 'group', active: true })
  const rooms = useRooms()
  const methodologies = useMethodologyOptions()
  const colleagues = useColleagues(user.organisationId)
  const create = useCreateGroupRun()
  const form = useForm<RunFormValues>({ initialValues: emptyRunForm })
  const methodology = useMethodology(form.values.methodologyId)

  const service = services.data?.items.find((s) => s.id === form.values.serviceId)
  const suitableRooms = (rooms.data?.items ?? []).filter(
    (room) => !service || service.roomKinds.length === 0 || service.roomKinds.includes(room.kind),
  )
  const room = suitableRooms.find((r) => r.id === form.values.roomId)
  const qualified = (colleagues.data?.items ?? []).filter(
    (person) => !service || person.professions.some((p) => service.professions.includes(p)),
  )
  const professionsOf = new Map(
    qualified.map((person) => [person.id, person.professions.map((p) => t(`professions.${p}`)).join(', ')]),
  )

  const chooseService = (serviceId: string | null) => {
    const chosen: Service | undefined = services.data?.items.find((s) => s.id === serviceId)
    const values = form.values
    form.setValues({
      serviceId,
      ...(chosen
        ? {
            capacity: chosen.defaultCapacity ?? values.capacity,
            durationMinutes: chosen.defaultDurationMinutes,
            methodologyId: values.methodologyId ?? chosen.methodology?.id ?? null,
            title: values.title || serviceName(chosen, i18n.language),
            facilitatorIds: values.facilitatorIds.filter((id) =>
              colleagues.data?.items.some(
                (person) =>
                  person.id === id && person.professions.some((p) => chosen.professions.includes(p)),
              ),
            ),
          }
        : {}),
    })
  }

  if (services.isError) return <ErrorBlock error={services.error} onRetry={() => void services.refetch()} />

  const renderFacilitator: MultiSelectProps['renderOption'] = ({ option }) => (
    <Stack gap={0}>
      <Text size="sm">{option.label}</Text>
      <Text size="xs" c="dimmed">
        {professionsOf.get(option.value)}
      </Text>
    </Stack>
  )

  return (
    <FormShell
      form={form}
      problemTitle={t('groups.form.refused')}
      ariaLabel={t('groups.form.title')}
      maw={760}
      check={(values) => validateRunForm(values, t, room?.capacity ?? null)}
      submit={(values) => create.mutateAsync(toCreateBody(values))}
      successMessage={(run) => t('groups.form.created', { n: run?.sessions.length ?? 0 })}
      onSaved={(run) => run && void navigate(`/groups/${run.id}`)}
      onCancel={() => void navigate('/groups')}
      submitLabel={t('groups.form.submit')}
      onRefused={(error) => {
        const fieldErrors = runFormErrors(error)
        if (fieldErrors) form.setErrors(fieldErrors)
        // A clash (409) or an unknown service, room or facilitator (404) is about the whole request.
        return Boolean(fieldErrors) && isApiError(error) && error.status === 400
      }}
    >
      <Select
        label={t('groups.form.service')}
        withAsterisk
        searchable
        allowDeselect={false}
        nothingFoundMessage={services.isPending ? t('common.loading') : '—'}
        data={(services.data?.items ?? []).map((s) => ({
          value: s.id,
          label: serviceName(s, i18n.language),
        }))}
        {...form.getInputProps('serviceId')}
        onChange={chooseService}
      />
      <TextInput
        label={t('groups.form.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('title')}
      />
      <Select
        label={t('groups.form.methodology')}
        description={t('groups.form.methodologyHint')}
        placeholder={t('groups.form.noMethodology')}
        clearable
        searchable
        nothingFoundMessage={methodologies.isPending ? t('common.loading') : '—'}
        data={methodologies.data}
        {...form.getInputProps('methodologyId')}
      />
      <Group align="flex-start" wrap="wrap">
        <Select
          label={t('groups.form.room')}
          placeholder={t('groups.form.noRoom')}
          clearable
          w={320}
          data={suitableRooms.map((r) => ({
            value: r.id,
            label: t('groups.form.roomOption', { name: r.name, n: r.capacity }),
          }))}
          {...form.getInputProps('roomId')}
        />
        <NumberInput
          label={t('groups.form.capacity')}
          description={
            service?.defaultCapacity ? t('groups.form.capacityHint', { n: service.defaultCapacity }) : null
          }
          min={1}
          max={500}
          w={200}
          {...form.getInputProps('capacity')}
        />
      </Group>
      <MultiSelect
        label={t('groups.form.facilitators')}
        description={
          [
            service
              ? t('groups.form.facilitatorsHint', {
                  professions: service.professions.map((p) => t(`professions.${p}`)).join(', '),
                })
              : null,
            methodology.data
              ? t('groups.form.certifiedFacilitatorsHint', {
                  methodology: methodology.data.name,
                  count: methodology.data.facilitatorsPerGroup,
                })
              : null,
          ]
            .filter(Boolean)
            .join(' ') || null
        }
        withAsterisk
        searchable
        maxValues={4}
        nothingFoundMessage={colleagues.isPending ? t('common.loading') : '—'}
        data={qualified.map((person) => ({ value: person.id, label: person.name }))}
        renderOption={renderFacilitator}
        {...form.getInputProps('facilitatorIds')}
      />
      <ScheduleFields form={form} />
    </FormShell>
  )
}
