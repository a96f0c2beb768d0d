import { Group, Select, TextInput } from '@mantine/core'
import { AUDIT_OUTCOMES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export type Outcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditFilterValues {
  action: string
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
    <Group align="flex-end" mb="md" wrap="wrap">
      <TextInput
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.actionHint')}
        value={value.action}
        onChange={(event) => onChange({ ...value, action: event.currentTarget.value })}
        w={260}
      />
      <Select
        label={t('audit.filters.outcome')}
        placeholder={t('audit.filters.anyOutcome')}
        clearable
        data={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
        value={value.outcome}
        onChange={(outcome) => onChange({ ...value, outcome: isOutcome(outcome) ? outcome : null })}
        w={180}
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
