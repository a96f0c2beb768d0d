import { Select, type SelectProps, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFamilySearch } from '../api/search-families'

/** A searchable select over the open families the caller may see (a closed family cannot be placed). */
export const FamilyPicker = ({
  known,
  value,
  onChange,
  error,
}: {
  /** A family chosen before the search ran (e.g. from the waiting list), so its reference shows at once. */
  known?: { id: string; referenceCode: string } | undefined
  value: string | null
  onChange: (familyId: string | null) => void
  error?: string | undefined
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const families = useFamilySearch(debounced)
  const open = (families.data?.items ?? []).filter((family) => family.status !== 'closed')
  const names = new Map(open.map((family) => [family.id, family.memberNames.join(', ')]))
  const renderOption: SelectProps['renderOption'] = ({ option }) => (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {option.label}
      </Text>
      <Text size="xs" c="dimmed">
        {names.get(option.value) || '—'}
      </Text>
    </Stack>
  )
  return (
    <Select
      label={t('accommodation.place.family')}
      placeholder={t('accommodation.place.familyPlaceholder')}
      withAsterisk
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={[
        ...(known && !open.some((family) => family.id === known.id)
          ? [{ value: known.id, label: known.referenceCode }]
          : []),
        ...open.map((family) => ({ value: family.id, label: family.referenceCode })),
      ]}
      // The server searches names and references; filtering again here would hide matches on names.
      filter={({ options }) => options}
      renderOption={renderOption}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={families.isFetching ? t('common.loading') : t('accommodation.place.noFamilies')}
    />
  )
}
