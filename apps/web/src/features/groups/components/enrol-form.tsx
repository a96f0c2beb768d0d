import { Checkbox, Select, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import type { EnrolBody } from '@onestop/contracts'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { FormShell } from '../../../components/ui/form-shell'
import { useFamilies } from '../../../reference/families'
import { listMembersOptions } from '../../../reference/family-members'
import { useMethodology } from '../../../reference/methodologies'
import { useEnrolPerson } from '../api/enrol-person'

interface EnrolValues {
  familyId: string | null
  personId: string | null
  partnerPersonId: string | null
  expectedBirthOn: string
  courtProceedingsOnHold: boolean
}

const initialValues: EnrolValues = {
  familyId: null,
  personId: null,
  partnerPersonId: null,
  expectedBirthOn: '',
  courtProceedingsOnHold: false,
}

type Rules = NonNullable<ReturnType<typeof useMethodology>['data']>['enrolmentRules']

/** The request for the chosen person with only the fields the run's methodology asks for. */
const enrolBody = (values: EnrolValues, personId: string, rules: Rules): EnrolBody => ({
  personId,
  ...(rules.couples && values.partnerPersonId ? { partnerPersonId: values.partnerPersonId } : {}),
  ...(rules.duringPregnancy ? { expectedBirthOn: values.expectedBirthOn } : {}),
  ...(rules.courtProceedingsOnHold ? { courtProceedingsOnHold: values.courtProceedingsOnHold } : {}),
})

/**
 * Finds a family (by name or reference), then enrols one of its current members, or waitlists them. A run of
 * a methodology asks for what its enrolment rules need: the partner of a couple (from the same family), the
 * expected birth date, the confirmation that court proceedings are on hold.
 */
export const EnrolForm = ({
  runId,
  methodologyId,
  taken,
  onDone,
}: {
  runId: string
  methodologyId: string | null
  /** Persons already enrolled or waiting, who cannot be enrolled again. */
  taken: ReadonlySet<string>
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const methodology = useMethodology(methodologyId)
  const rules: Rules = methodology.data?.enrolmentRules ?? {}
  const form = useForm<EnrolValues>({
    initialValues,
    validate: {
      personId: (value) => (value ? null : t('validation.required')),
      partnerPersonId: (value) => (rules.couples?.bothRequired && !value ? t('validation.required') : null),
      expectedBirthOn: (value) => (rules.duringPregnancy && !value ? t('validation.required') : null),
      courtProceedingsOnHold: (value) =>
        rules.courtProceedingsOnHold && !value ? t('groups.enrolments.courtRequired') : null,
    },
  })
  const { familyId, personId } = form.values
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
  const partnerOptions = memberOptions.filter((option) => option.value !== personId)

  return (
    <FormShell
      form={form}
      submit={(values) =>
        values.personId ? enrol.mutateAsync(enrolBody(values, values.personId, rules)) : undefined
      }
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
        onChange={(value) => form.setValues({ familyId: value, personId: null, partnerPersonId: null })}
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
      {methodology.isError ? (
        <ErrorBlock error={methodology.error} onRetry={() => void methodology.refetch()} />
      ) : null}
      {rules.couples ? (
        <Select
          label={t('groups.enrolments.partner')}
          description={t(
            `groups.enrolments.partnerHint.${rules.couples.bothRequired ? 'required' : 'optional'}`,
          )}
          placeholder={t('groups.enrolments.memberPlaceholder')}
          disabled={!familyId}
          data={partnerOptions}
          clearable={!rules.couples.bothRequired}
          withAsterisk={rules.couples.bothRequired}
          {...form.getInputProps('partnerPersonId')}
        />
      ) : null}
      {rules.duringPregnancy ? (
        <TextInput
          type="date"
          label={t('groups.enrolments.expectedBirthOn')}
          description={t('groups.enrolments.expectedBirthHint')}
          withAsterisk
          {...form.getInputProps('expectedBirthOn')}
        />
      ) : null}
      {rules.courtProceedingsOnHold ? (
        <Checkbox
          label={t('groups.enrolments.courtProceedingsOnHold')}
          {...form.getInputProps('courtProceedingsOnHold', { type: 'checkbox' })}
        />
      ) : null}
    </FormShell>
  )
}
