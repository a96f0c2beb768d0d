import { SegmentedControl, Select, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { EMAIL_PATTERN } from '../../../lib/validation'
import { useStaffSearch } from '../../../reference/staff'
import { type EnrolInput, useEnrolParticipant } from '../api/participant-changes'

type Who = 'staff' | 'outside'

interface Values {
  who: Who
  userId: string | null
  name: string
  organisation: string
  email: string
}

const toBody = (values: Values): EnrolInput =>
  values.who === 'staff'
    ? { userId: values.userId ?? '' }
    : { name: values.name.trim(), organisation: values.organisation.trim(), email: values.email.trim() }

/** Enrols a staff member of the organisation or a partner's (found by name), or someone from elsewhere. */
export const AddParticipantForm = ({
  trainingId,
  taken,
  onDone,
}: {
  trainingId: string
  /** Staff already enrolled, who cannot be enrolled again. */
  taken: ReadonlySet<string>
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const staff = useStaffSearch(debounced)
  const enrol = useEnrolParticipant(trainingId)
  const form = useForm<Values>({
    initialValues: { who: 'staff', userId: null, name: '', organisation: '', email: '' },
    validate: (values) => {
      const required = t('validation.required')
      if (values.who === 'staff') return values.userId ? {} : { userId: required }
      return {
        ...(values.name.trim() ? {} : { name: required }),
        ...(values.organisation.trim() ? {} : { organisation: required }),
        ...(EMAIL_PATTERN.test(values.email.trim()) ? {} : { email: t('validation.email') }),
      }
    },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('trainings.participants.add')}
      submit={(values) => enrol.mutateAsync(toBody(values))}
      successMessage={t('trainings.participants.enrolled')}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('trainings.participants.enrol')}
    >
      <SegmentedControl
        aria-label={t('trainings.participants.who')}
        data={[
          { value: 'staff', label: t('trainings.participants.staffOption') },
          { value: 'outside', label: t('trainings.participants.outsideOption') },
        ]}
        {...form.getInputProps('who')}
      />
      {form.values.who === 'staff' ? (
        <Select
          label={t('trainings.participants.staff')}
          description={t('trainings.participants.staffHint')}
          withAsterisk
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={staff.isFetching ? t('common.loading') : '—'}
          data={(staff.data?.items ?? []).map((person) => ({
            value: person.id,
            label: `${person.name} · ${person.organisationName}`,
            disabled: taken.has(person.id),
          }))}
          {...form.getInputProps('userId')}
        />
      ) : (
        <>
          <TextInput
            label={t('trainings.participants.name')}
            withAsterisk
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('trainings.participants.organisation')}
            withAsterisk
            maxLength={200}
            {...form.getInputProps('organisation')}
          />
          <TextInput
            type="email"
            label={t('trainings.participants.email')}
            withAsterisk
            maxLength={254}
            {...form.getInputProps('email')}
          />
        </>
      )}
    </FormShell>
  )
}
