import { Select, type SelectProps, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A family as a picker lists it: its reference, with its members' names beneath. */
export interface PickableFamily {
  id: string
  referenceCode: string
  memberNames: readonly string[]
}

type OwnProps = 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'

/**
 * A searchable select over families found by the server (by a member's name or the reference). The caller
 * holds the search text and runs the search, so each use reads families through the route its users may call.
 */
export const FamilyPicker = ({
  families,
  searching,
  search,
  onSearchChange,
  value,
  onChange,
  by = 'id',
  chosen,
  ...select
}: Omit<SelectProps, OwnProps> & {
  families: readonly PickableFamily[]
  searching: boolean
  search: string
  onSearchChange: (text: string) => void
  value: string | null
  onChange: (value: string | null) => void
  /** What the value is: a family's id, or its reference (as the audit log's filter keeps it). */
  by?: 'id' | 'referenceCode'
  /** The chosen family when the search does not list it, so it still shows by its reference. */
  chosen?: { value: string; referenceCode: string } | undefined
}) => {
  const { t } = useTranslation()
  const names = new Map(families.map((family) => [family[by], family.memberNames.join(', ')]))
  const options = families.map((family) => ({ value: family[by], label: family.referenceCode }))
  if (chosen && !names.has(chosen.value))
    options.unshift({ value: chosen.value, label: chosen.referenceCode })
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
      label={t('picker.family')}
      placeholder={t('picker.familySearch')}
      clearable
      nothingFoundMessage={searching ? t('common.loading') : t('picker.noFamilies')}
      {...select}
      searchable
      searchValue={search}
      onSearchChange={onSearchChange}
      // The server searches names and references; filtering again here would hide matches on names.
      filter={({ options: all }) => all}
      data={options}
      renderOption={renderOption}
      value={value}
      onChange={onChange}
    />
  )
}
