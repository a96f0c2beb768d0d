import { NumberInput, Radio, Select, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { PACKAGE_CAPS, type PackageCap, type ServicePackage } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { changedFields } from '../../../lib/changed-fields'
import { useMembers } from '../../../reference/family-members'
import { serviceName, useServices } from '../../../reference/services'
import { useCreateServicePackage } from '../api/create-service-package'
import { servicePackagesKeys } from '../api/keys'
import { type UpdateServicePackageInput, useUpdateServicePackage } from '../api/update-service-package'

interface PackageValues {
  personId: string | null
  serviceId: string | null
  plannedUnits: number | string
  cap: PackageCap
  note: string
}

const packageValues = (pkg: ServicePackage | undefined): PackageValues => ({
  personId: pkg?.person.id ?? null,
  serviceId: pkg?.service.id ?? null,
  plannedUnits: pkg?.plannedUnits ?? '',
  cap: pkg?.cap ?? 'soft',
  note: pkg?.note ?? '',
})

/**
 * Plans sessions of a service for a family member, or changes `pkg` (with the version it was read at).
 * A hard cap is set, changed or removed only by coordinators and admins (`mayHardCap`).
 */
export const PackageForm = ({
  familyId,
  pkg,
  mayHardCap,
  onDone,
}: {
  familyId: string
  pkg?: ServicePackage
  mayHardCap: boolean
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const members = useMembers(familyId)
  const services = useServices({ active: true })
  const create = useCreateServicePackage(familyId)
  const update = useUpdateServicePackage(familyId)
  const form = useForm<PackageValues>({
    initialValues: packageValues(pkg),
    validate: {
      personId: (value) => (value ? null : t('validation.required')),
      serviceId: (value) => (value ? null : t('validation.required')),
      plannedUnits: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000
          ? null
          : t('servicePackages.range', { min: 1, max: 1000 }),
    },
  })

  const submit = (values: PackageValues) => {
    const plannedUnits = Number(values.plannedUnits)
    const note = values.note.trim()
    if (!pkg)
      return create.mutateAsync({
        personId: values.personId ?? '',
        serviceId: values.serviceId ?? '',
        plannedUnits,
        cap: values.cap,
        ...(note ? { note } : {}),
      })
    const body: UpdateServicePackageInput = changedFields(
      { plannedUnits, cap: values.cap, note: note || null },
      pkg,
    )
    if (Object.keys(body).length === 0) return undefined
    return update.mutateAsync({ packageId: pkg.id, version: pkg.version, body })
  }

  // Whoever may not touch a hard cap sees the cap but cannot change it when it is hard.
  const capLocked = !mayHardCap && pkg?.cap === 'hard'
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={t('servicePackages.saved')}
      onSaved={onDone}
      onCancel={onDone}
      onReload={() => queryClient.invalidateQueries({ queryKey: servicePackagesKeys.list(familyId) })}
      record={pkg && { version: pkg.version, values: packageValues(pkg) }}
    >
      <Select
        label={t('servicePackages.person')}
        withAsterisk
        disabled={Boolean(pkg)}
        allowDeselect={false}
        data={
          pkg
            ? [{ value: pkg.person.id, label: pkg.person.name }]
            : (members.data?.items ?? []).map((m) => ({
                value: m.personId,
                label: `${m.givenName} ${m.familyName}`,
              }))
        }
        {...form.getInputProps('personId')}
      />
      <Select
        label={t('servicePackages.service')}
        withAsterisk
        searchable
        disabled={Boolean(pkg)}
        allowDeselect={false}
        data={
          pkg
            ? [{ value: pkg.service.id, label: pkg.service.name }]
            : (services.data?.items ?? []).map((s) => ({
                value: s.id,
                label: serviceName(s, i18n.language),
              }))
        }
        {...form.getInputProps('serviceId')}
      />
      <NumberInput
        label={t('servicePackages.plannedUnits')}
        withAsterisk
        min={1}
        max={1000}
        allowDecimal={false}
        {...form.getInputProps('plannedUnits')}
      />
      <Radio.Group
        label={t('servicePackages.cap')}
        description={capLocked ? t('servicePackages.capLocked') : undefined}
        {...form.getInputProps('cap')}
      >
        <Stack gap={6} mt={6}>
          {PACKAGE_CAPS.filter((cap) => cap === 'soft' || mayHardCap || pkg?.cap === 'hard').map((cap) => (
            <Radio
              key={cap}
              value={cap}
              label={t(`servicePackages.caps.${cap}`)}
              description={t(`servicePackages.capHints.${cap}`)}
              disabled={capLocked}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('servicePackages.note')}
        maxLength={1000}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormShell>
  )
}
