import { Checkbox, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Bed } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useCreateBed, useUpdateBed } from '../api/facilities'
import { accommodationKeys } from '../api/keys'

interface BedValues {
  label: string
  childBed: boolean
  cot: boolean
  accessible: boolean
  active: boolean
}

const valuesOf = (bed?: Bed): BedValues => ({
  label: bed?.label ?? '',
  childBed: bed?.childBed ?? false,
  cot: bed?.cot ?? false,
  accessible: bed?.accessible ?? false,
  active: bed?.active ?? true,
})

/** Adds a bed to a room, or edits its label and attributes or takes it out of use. */
export const BedForm = ({ roomId, bed, onDone }: { roomId: string; bed?: Bed; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const create = useCreateBed()
  const update = useUpdateBed()
  const form = useForm<BedValues>({
    initialValues: valuesOf(bed),
    validate: { label: (value) => (value.trim() ? null : t('validation.required')) },
  })
  const submit = ({ label, childBed, cot, accessible, active }: BedValues) => {
    if (!bed) return create.mutateAsync({ roomId, body: { label: label.trim(), childBed, cot, accessible } })
    const body = changedFields({ label: label.trim(), childBed, cot, accessible, active }, bed)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ bedId: bed.id, version: bed.version, body })
  }
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.beds.formLabel')}
      problemTitle={t('accommodation.beds.refused')}
      submit={submit}
      successMessage={(saved) => t('accommodation.beds.saved', { label: saved?.label ?? '' })}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={bed ? t('common.save') : t('accommodation.beds.create')}
      {...(bed
        ? {
            record: { version: bed.version, values: valuesOf(bed) },
            onReload: () => queryClient.invalidateQueries({ queryKey: accommodationKeys.facilities() }),
          }
        : {})}
    >
      <TextInput
        label={t('accommodation.beds.label')}
        withAsterisk
        maxLength={200}
        data-autofocus
        {...form.getInputProps('label')}
      />
      <Stack gap="xs">
        <Checkbox
          label={t('accommodation.beds.childBed')}
          {...form.getInputProps('childBed', { type: 'checkbox' })}
        />
        <Checkbox label={t('accommodation.beds.cot')} {...form.getInputProps('cot', { type: 'checkbox' })} />
        <Checkbox
          label={t('accommodation.beds.accessible')}
          {...form.getInputProps('accessible', { type: 'checkbox' })}
        />
      </Stack>
      {bed ? (
        <Switch
          label={t('accommodation.beds.active')}
          description={t('accommodation.beds.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      ) : null}
    </FormShell>
  )
}
