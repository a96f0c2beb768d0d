import { Select, type SelectProps, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { FAMILY_REFERENCE_PATTERN } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFamilies } from '../../../reference/families'

const REFERENCE = new RegExp(FAMILY_REFERENCE_PATTERN)
export const isFamilyReference = (value: string) => REFERENCE.test(value)

/**
 * Which family the log is filtered by, as its reference: a searchable select over the families the reader
 * may see (by a member's name or the reference). A full reference typed in is taken as it is, even of a family
 * the list does not show, such as one no longer shared with the organisation.
 */
export const FamilyFilter = ({
  value,
  onChange,
}: {
  /** A family reference, or empty. */
  value: string
  onChange: (reference: string) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  // Families are read (and the read logged) only once the reader opens the list or types.
  const [opened, setOpened] = useState(false)
  const typed = search.trim()
  const [debounced] = useDebouncedValue(typed === value ? '' : typed.slice(0, 100), 300)
  const families = useFamilies(debounced ? { q: debounced } : {}, opened || debounced !== '')
  const found = families.data?.pages[0]?.items ?? []
  const names = new Map(found.map((family) => [family.referenceCode, family.memberNames.join(', ')]))
  const options = found.map((family) => ({ value: family.referenceCode, label: family.referenceCode }))
  // The chosen family stays an option, shown by its reference, while the search shows others.
  if (isFamilyReference(value) && !names.has(value)) options.unshift({ value, label: value })
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
      label={t('audit.filters.family')}
      placeholder={t('audit.filters.familyHint')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text)
        // A full reference typed in filters at once, as the plain text box did.
        const reference = text.trim().toUpperCase()
        if (isFamilyReference(reference) && reference !== value) onChange(reference)
      }}
      onDropdownOpen={() => setOpened(true)}
      // The server searches names and references; filtering again here would hide matches on names.
      filter={({ options: all }) => all}
      data={options}
      renderOption={renderOption}
      value={value || null}
      onChange={(reference) => onChange(reference ?? '')}
      nothingFoundMessage={families.isFetching ? t('common.loading') : t('audit.filters.noFamilies')}
      w={240}
    />
  )
}
