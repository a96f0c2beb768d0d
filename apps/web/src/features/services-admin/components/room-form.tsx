import { Alert, Button, Group, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROOM_KINDS, type Room, type RoomKind } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changedFields } from '../../../lib/changed-fields'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
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
  const [problem, setProblem] = useState<unknown>(null)
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
  const onError = (error: unknown) => {
    if (!applyFormErrors(form, error)) setProblem(error)
  }
  const onSuccess = (saved: Room) => {
    notifySuccess(t('servicesAdmin.rooms.saved', { name: saved.name }))
    onDone()
  }

  const submit = form.onSubmit((values) => {
    setProblem(null)
    const name = values.name.trim()
    const capacity = Number(values.capacity)
    if (!room) {
      create.mutate(
        { siteId, name, kind: values.kind, capacity, active: values.active },
        { onSuccess, onError },
      )
      return
    }
    const body = changedFields({ name, kind: values.kind, capacity, active: values.active }, room)
    if (Object.keys(body).length === 0) onDone()
    else update.mutate({ roomId: room.id, body }, { onSuccess, onError })
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('servicesAdmin.rooms.formLabel')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('servicesAdmin.rooms.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
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
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {room ? t('common.save') : t('servicesAdmin.rooms.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
