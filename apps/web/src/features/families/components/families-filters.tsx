import { Group, Select, Switch, TextInput } from '@mantine/core'
import {
  FAMILY_STATUSES,
  type FamilyStatus,
  isRiskFactor,
  RISK_FACTORS,
  type RiskFactor,
} from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { MUNICIPALITY_OPTIONS } from './municipality-field'

export interface FamiliesFilterValues {
  q: string
  status: FamilyStatus | null
  riskFactor: RiskFactor | null
  municipality: string
  openedFrom: string
  openedTo: string
  mine: boolean
}

const isStatus = (value: string | null): value is FamilyStatus =>
  FAMILY_STATUSES.includes(value as FamilyStatus)

export const FamiliesFilters = ({
  value,
  onChange,
  showMine,
}: {
  value: FamiliesFilterValues
  onChange: (value: FamiliesFilterValues) => void
  showMine: boolean
}) => {
  const { t } = useTranslation()
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <TextInput
        label={t('families.search')}
        placeholder={t('families.searchPlaceholder')}
        type="search"
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        w={240}
      />
      <Select
        label={t('families.status')}
        placeholder={t('families.anyStatus')}
        clearable
        data={FAMILY_STATUSES.map((status) => ({ value: status, label: t(`families.statuses.${status}`) }))}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: isStatus(status) ? status : null })}
        w={170}
      />
      <Select
        label={t('families.riskFactor')}
        placeholder={t('families.anyRiskFactor')}
        clearable
        data={RISK_FACTORS.map((factor) => ({ value: factor, label: t(`families.riskFactors.${factor}`) }))}
        value={value.riskFactor}
        onChange={(factor) =>
          onChange({ ...value, riskFactor: factor && isRiskFactor(factor) ? factor : null })
        }
        w={260}
      />
      <Select
        label={t('families.municipality')}
        placeholder={t('families.municipalityHint')}
        searchable
        clearable
        data={MUNICIPALITY_OPTIONS}
        value={value.municipality || null}
        onChange={(municipality) => onChange({ ...value, municipality: municipality ?? '' })}
        w={260}
      />
      <TextInput
        label={t('families.openedFrom')}
        type="date"
        value={value.openedFrom}
        onChange={(event) => onChange({ ...value, openedFrom: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        label={t('families.openedTo')}
        type="date"
        value={value.openedTo}
        onChange={(event) => onChange({ ...value, openedTo: event.currentTarget.value })}
        w={160}
      />
      {showMine ? (
        <Switch
          label={t('families.myCaseload')}
          checked={value.mine}
          onChange={(event) => onChange({ ...value, mine: event.currentTarget.checked })}
          mb={8}
        />
      ) : null}
    </Group>
  )
}
