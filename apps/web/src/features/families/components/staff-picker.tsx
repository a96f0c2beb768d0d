import { Badge, Group, Select, type SelectProps, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { useCurrentUser } from '../../../lib/session-store'
import { useStaffSearch } from '../../../reference/staff'

interface StaffOption {
  value: string
  label: string
  professions: string
  /** Set for staff of another organisation (a partner's), who join with a partner's limited rights. */
  partnerOrganisation: string | null
}

/**
 * A searchable select over the staff directory (own staff and staff of live partners): name and professions
 * per option, and for another organisation's staff a partner badge and their organisation.
 */
export const StaffPicker = ({
  exclude,
  value,
  onChange,
  error,
}: {
  exclude: readonly string[]
  value: string | null
  onChange: (userId: string | null) => void
  error?: ReactNode
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const staff = useStaffSearch(debounced)
  if (staff.isError) return <ErrorBlock error={staff.error} onRetry={() => void staff.refetch()} />

  const options: StaffOption[] = (staff.data?.items ?? [])
    .filter((person) => !exclude.includes(person.id))
    .map((person) => {
      const partner = person.organisationId === user.organisationId ? null : person.organisationName
      return {
        value: person.id,
        label: person.name,
        professions: person.professions.map((p) => t(`professions.${p}`)).join(', '),
        partnerOrganisation: partner,
      }
    })
  const byId = new Map(options.map((option) => [option.value, option]))
  const renderOption: SelectProps['renderOption'] = ({ option }) => {
    const found = byId.get(option.value)
    return (
      <Stack gap={0}>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {option.label}
          </Text>
          {found?.partnerOrganisation ? (
            <Badge size="xs" variant="light" color="grape">
              {t('families.team.partner')}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {[found?.professions, found?.partnerOrganisation].filter(Boolean).join(' · ') || '—'}
        </Text>
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
      error={error}
      withAsterisk
      maw={420}
    />
  )
}
