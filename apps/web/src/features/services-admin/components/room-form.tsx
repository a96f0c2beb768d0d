import { NumberInput, Select, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROOM_KINDS, type Room, type RoomKind } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useCreateRoom, useUpdateRoom } from '../api/save-site'

interface RoomFormValues {
  name: string
  kind: RoomKind
  capacity: number | string
  active: boolean
}

const isKind = (value: string | null): value is RoomKind => ROOM_KINDS.includes(value as RoomKind)

/** Adds a room to a site, or edits one (taking it out of use keeps its history). */
export const RoomForm = ({ siteId, room, onDone }: { siteId: string; room?: Room; onDone: () => void }) => {
  const { t } = useTranslation()
  const create = useCreateRoom()
  const update = useUpdateRoom()
  const form = useForm<RoomFormValues>({
    initialValues: {
      name: room?.name ?? '',
      kind: room?.kind ?? 'consultation',
      capacity: room?.capacity ?? 1,
      active: room?.active ?? true,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      capacity: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000
          ? null
          : t('servicesAdmin.rooms.capacityRule'),
    },
  })
  const submit = (values: RoomFormValues) => {
    const name = values.name.trim()
    const capacity = Number(values.capacity)
    if (!room) return create.mutateAsync({ siteId, name, kind: values.kind, capacity, active: values.active })
    const body = changedFields({ name, kind: values.kind, capacity, active: values.active }, room)
    return Object.keys(body).length === 0 ? undefined : update.mutateAsync({ roomId: room.id, body })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('servicesAdmin.rooms.formLabel')}
      problemTitle={t('servicesAdmin.rooms.refused')}
      submit={submit}
      successMessage={(saved) => t('servicesAdmin.rooms.saved', { name: saved?.name })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={room ? t('common.save') : t('servicesAdmin.rooms.create')}
    >
      <TextInput
        label={t('servicesAdmin.rooms.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('name')}
      />
      <Select
        label={t('servicesAdmin.rooms.kind')}
        withAsterisk
        allowDeselect={false}
        data={ROOM_KINDS.map((kind) => ({ value: kind, label: t(`servicesAdmin.roomKinds.${kind}`) }))}
        {...form.getInputProps('kind')}
        onChange={(kind) => isKind(kind) && form.setFieldValue('kind', kind)}
      />
      <NumberInput
        label={t('servicesAdmin.rooms.capacity')}
        description={t('servicesAdmin.rooms.capacityHint')}
        withAsterisk
        min={1}
        max={1000}
        allowDecimal={false}
        {...form.getInputProps('capacity')}
      />
      <Switch
        label={t('servicesAdmin.rooms.active')}
        description={t('servicesAdmin.rooms.activeHint')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormShell>
  )
}
