import { Group, Select, TextInput } from '@mantine/core'
import { AUDIT_OUTCOMES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { auditLt } from '../../../lib/i18n/audit-lt'
import { ActorFilter, type ChosenActor } from './actor-filter'
import { FamilyFilter } from './family-filter'

export type Outcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditFilterValues {
  actor: ChosenActor | null
  /** A family's reference, or empty; sent only when it has a reference's shape. */
  familyReference: string
  /** The first part of an action (`family`), or null for every area. */
  area: string | null
  outcome: Outcome | null
  /** Calendar days, `YYYY-MM-DD`, inclusive. */
  from: string
  to: string
}

const isOutcome = (value: string | null): value is Outcome => AUDIT_OUTCOMES.includes(value as Outcome)

export const AuditFilters = ({
  value,
  onChange,
}: {
  value: AuditFilterValues
  onChange: (value: AuditFilterValues) => void
}) => {
  const { t } = useTranslation()
  return (
    <Group align="flex-start" mb="md" wrap="wrap">
      <ActorFilter value={value.actor} onChange={(actor) => onChange({ ...value, actor })} />
      <FamilyFilter
        value={value.familyReference}
        onChange={(familyReference) => onChange({ ...value, familyReference })}
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
