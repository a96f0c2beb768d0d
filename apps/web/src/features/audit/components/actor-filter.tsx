import { Group, Select, type SelectProps, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../lib/session-store'
import { useAuditActors } from '../api/audit-actors'

export interface ChosenActor {
  id: string
  /** As shown in the field: the name, and a partner's organisation beside it. */
  name: string
}

/** Whom the log is filtered by: a searchable select over the people who acted in it, partners' staff too. */
export const ActorFilter = ({
  value,
  onChange,
}: {
  value: ChosenActor | null
  onChange: (actor: ChosenActor | null) => void
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [search, setSearch] = useState('')
  // The field shows the chosen person's label: then every person is offered, not a search for the label.
  const [debounced] = useDebouncedValue(value && search === value.name ? '' : search.trim(), 300)
  const actors = useAuditActors(debounced)
  const people = new Map(
    (actors.data?.items ?? []).map((person) => [
      person.id,
      {
        name: person.name,
        partner: person.organisationId === user.organisationId ? null : person.organisationName,
      },
    ]),
  )
  const options = [...people].map(([id, person]) => ({
    value: id,
    label: person.partner ? `${person.name} · ${person.partner}` : person.name,
  }))
  // The chosen person stays an option while the search shows others.
  if (value && !people.has(value.id)) options.unshift({ value: value.id, label: value.name })
  const renderOption: SelectProps['renderOption'] = ({ option }) => {
    const person = people.get(option.value)
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{person?.name ?? option.label}</Text>
        {person?.partner ? (
          <Text size="xs" c="dimmed">
            {person.partner}
          </Text>
        ) : null}
      </Group>
    )
  }
  return (
    <Select
      label={t('audit.filters.person')}
      placeholder={t('audit.filters.personHint')}
      searchable
      clearable
      // The server searches names; filtering again here would hide a partner's worker by the organisation.
      filter={({ options: all }) => all}
      data={options}
      renderOption={renderOption}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id ? { id, name: option.label } : null)}
      nothingFoundMessage={actors.isFetching ? t('common.loading') : t('audit.filters.noPeople')}
      w={280}
    />
  )
}
