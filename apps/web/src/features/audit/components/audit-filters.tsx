import { Group, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { AUDIT_OUTCOMES, FAMILY_REFERENCE_PATTERN } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { auditLt } from '../../../lib/i18n/audit-lt'
import { useAuditActors } from '../api/audit-actors'

export type Outcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditFilterValues {
  actor: { id: string; name: string } | null
  /** As typed; sent only once it has a reference's shape. */
  familyReference: string
  /** The first part of an action (`family`), or null for every area. */
  area: string | null
  outcome: Outcome | null
  /** Calendar days, `YYYY-MM-DD`, inclusive. */
  from: string
  to: string
}

const REFERENCE = new RegExp(FAMILY_REFERENCE_PATTERN)
export const isFamilyReference = (value: string) => REFERENCE.test(value)

const isOutcome = (value: string | null): value is Outcome => AUDIT_OUTCOMES.includes(value as Outcome)

const ActorFilter = ({
  value,
  onChange,
}: {
  value: AuditFilterValues['actor']
  onChange: (actor: AuditFilterValues['actor']) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 300)
  const actors = useAuditActors(debounced)
  const options = (actors.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))
  // The chosen person stays an option while the search shows others.
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.name })
  return (
    <Select
      label={t('audit.filters.person')}
      placeholder={t('audit.filters.personHint')}
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id ? { id, name: option.label } : null)}
      w={240}
    />
  )
}

export const AuditFilters = ({
  value,
  onChange,
}: {
  value: AuditFilterValues
  onChange: (value: AuditFilterValues) => void
}) => {
  const { t } = useTranslation()
  const reference = value.familyReference.trim()
  return (
    <Group align="flex-start" mb="md" wrap="wrap">
      <ActorFilter value={value.actor} onChange={(actor) => onChange({ ...value, actor })} />
      <TextInput
        label={t('audit.filters.family')}
        placeholder={t('audit.filters.familyHint')}
        value={value.familyReference}
        error={reference && !isFamilyReference(reference) ? t('audit.filters.familyShape') : undefined}
        onChange={(event) => onChange({ ...value, familyReference: event.currentTarget.value.toUpperCase() })}
        w={200}
      />
      <Select
        label={t('audit.filters.area')}
        placeholder={t('audit.filters.anyArea')}
        clearable
        searchable
        data={Object.keys(auditLt.areas).map((area) => ({ value: area, label: t(`audit.areas.${area}`) }))}
        value={value.area}
        onChange={(area) => onChange({ ...value, area })}
        w={220}
      />
      <Select
        label={t('audit.filters.outcome')}
        placeholder={t('audit.filters.anyOutcome')}
        clearable
        data={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
        value={value.outcome}
        onChange={(outcome) => onChange({ ...value, outcome: isOutcome(outcome) ? outcome : null })}
        w={160}
      />
      <TextInput
        label={t('audit.filters.from')}
        type="date"
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
      />
      <TextInput
        label={t('audit.filters.to')}
        type="date"
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
      />
    </Group>
  )
}
