import { Group, Select, type SelectProps, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { useStaff } from '../api/list-staff'

interface StaffOption {
  value: string
  label: string
  professions: string
  organisation: string
}

/** A searchable select over the staff directory: name, professions and organisation per option. */
export const StaffPicker = ({
  exclude,
  value,
  onChange,
}: {
  exclude: readonly string[]
  value: string | null
  onChange: (userId: string | null) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const staff = useStaff(debounced, true)
  if (staff.isError) return <ErrorBlock error={staff.error} onRetry={() => void staff.refetch()} />

  const options: StaffOption[] = (staff.data?.items ?? [])
    .filter((person) => !exclude.includes(person.id))
    .map((person) => ({
      value: person.id,
      label: person.name,
      professions: person.professions.map((p) => t(`professions.${p}`)).join(', '),
      organisation: person.organisationName,
    }))
  const byId = new Map(options.map((option) => [option.value, option]))
  const renderOption: SelectProps['renderOption'] = ({ option }) => {
    const found = byId.get(option.value)
    return (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {option.label}
        </Text>
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {[found?.professions, found?.organisation].filter(Boolean).join(' · ')}
          </Text>
        </Group>
      </Stack>
    )
  }
  return (
    <Select
      label={t('families.team.pick')}
      placeholder={t('families.team.pickPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      // The server searches by name; filtering again here would hide matches on other words.
      filter={({ options: all }) => all}
      renderOption={renderOption}
      value={value}
      onChange={onChange}
      nothingFoundMessage={staff.isFetching ? t('common.loading') : '—'}
      w={420}
    />
  )
}
