import { Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { AccommodationRoom } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useCreateRoom, useUpdateRoom } from '../api/facilities'
import { accommodationKeys } from '../api/keys'

interface RoomValues {
  name: string
  active: boolean
}

const valuesOf = (room?: AccommodationRoom): RoomValues => ({
  name: room?.name ?? '',
  active: room?.active ?? true,
})

/** Adds a room to a facility, or renames one or takes it out of use. */
export const RoomForm = ({
  facilityId,
  room,
  onDone,
}: {
  facilityId: string
  room?: AccommodationRoom
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const create = useCreateRoom()
  const update = useUpdateRoom()
  const form = useForm<RoomValues>({
    initialValues: valuesOf(room),
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  })
  const submit = (values: RoomValues) => {
    const name = values.name.trim()
    if (!room) return create.mutateAsync({ facilityId, name })
    const body = changedFields({ name, active: values.active }, room)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ roomId: room.id, version: room.version, body })
  }
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.rooms.formLabel')}
      problemTitle={t('accommodation.rooms.refused')}
      submit={submit}
      successMessage={(saved) => t('accommodation.rooms.saved', { name: saved?.name ?? '' })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={room ? t('common.save') : t('accommodation.rooms.create')}
      {...(room
        ? {
            record: { version: room.version, values: valuesOf(room) },
            onReload: () => queryClient.invalidateQueries({ queryKey: accommodationKeys.facilities() }),
          }
        : {})}
    >
      <TextInput
        label={t('accommodation.rooms.name')}
        withAsterisk
        maxLength={200}
        data-autofocus
        {...form.getInputProps('name')}
      />
      {room ? (
        <Switch
          label={t('accommodation.rooms.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      ) : null}
    </FormShell>
  )
}
