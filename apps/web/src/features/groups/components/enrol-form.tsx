import { Select } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { FormShell } from '../../../components/ui/form-shell'
import { useFamilies } from '../../../reference/families'
import { listMembersOptions } from '../../../reference/family-members'
import { useEnrolPerson } from '../api/enrol-person'

/** Finds a family (by name or reference), then enrols one of its current members, or waitlists them. */
export const EnrolForm = ({
  runId,
  taken,
  onDone,
}: {
  runId: string
  /** Persons already enrolled or waiting, who cannot be enrolled again. */
  taken: ReadonlySet<string>
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const form = useForm({
    initialValues: { familyId: null as string | null, personId: null as string | null },
    validate: { personId: (value) => (value ? null : t('validation.required')) },
  })
  const { familyId } = form.values
  const families = useFamilies(debounced ? { q: debounced.slice(0, 100) } : {}, true)
  const members = useQuery({ ...listMembersOptions(familyId ?? ''), enabled: familyId !== null })
  const enrol = useEnrolPerson(runId)

  // Closed families cannot join a group; the API refuses them, so they are not offered.
  const familyOptions = (families.data?.pages[0]?.items ?? [])
    .filter((family) => family.status !== 'closed')
    .map((family) => ({
      value: family.id,
      label: `${family.referenceCode} · ${family.memberNames.join(', ')}`,
    }))
  const memberOptions = (familyId ? (members.data?.items ?? []) : []).map((member) => ({
    value: member.personId,
    label: `${member.givenName} ${member.familyName}`,
    disabled: taken.has(member.personId),
  }))

  return (
    <FormShell
      form={form}
      submit={({ personId }) => (personId ? enrol.mutateAsync(personId) : undefined)}
      successMessage={(enrolment) =>
        enrolment?.status === 'waitlisted'
          ? t('groups.enrolments.waitlistedAt', { n: enrolment.waitlistPosition })
          : t('groups.enrolments.enrolledDone')
      }
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('groups.enrolments.enrol')}
    >
      {families.isError ? (
        <ErrorBlock error={families.error} onRetry={() => void families.refetch()} />
      ) : null}
      <Select
        label={t('groups.enrolments.family')}
        placeholder={t('groups.enrolments.familyPlaceholder')}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        // The server searches; filtering again here would hide matches on the reference or other names.
        filter={({ options }) => options}
        data={familyOptions}
        value={familyId}
        onChange={(value) => form.setValues({ familyId: value, personId: null })}
        nothingFoundMessage={families.isFetching ? t('common.loading') : t('groups.enrolments.noFamilies')}
      />
      {members.isError && familyId ? (
        <ErrorBlock error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      <Select
        label={t('groups.enrolments.member')}
        placeholder={t('groups.enrolments.memberPlaceholder')}
        disabled={!familyId}
        data={memberOptions}
        allowDeselect={false}
        withAsterisk
        {...form.getInputProps('personId')}
      />
    </FormShell>
  )
}
