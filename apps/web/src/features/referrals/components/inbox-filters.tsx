import { Group, Select } from '@mantine/core'
import {
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type ReferralStatus,
  type ReferralUrgency,
} from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export interface InboxFilterValues {
  status: ReferralStatus
  urgency: ReferralUrgency | null
}

const isStatus = (value: string | null): value is ReferralStatus =>
  REFERRAL_STATUSES.includes(value as ReferralStatus)
const isUrgency = (value: string | null): value is ReferralUrgency =>
  REFERRAL_URGENCIES.includes(value as ReferralUrgency)

export const InboxFilters = ({
  value,
  onChange,
}: {
  value: InboxFilterValues
  onChange: (value: InboxFilterValues) => void
}) => {
  const { t } = useTranslation()
  return (
    <Group mb="md" align="flex-end">
      <Select
        label={t('referrals.filters.status')}
        data={REFERRAL_STATUSES.map((status) => ({
          value: status,
          label: t(`referrals.statuses.${status}`),
        }))}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: isStatus(status) ? status : 'received' })}
        allowDeselect={false}
        maw={220}
      />
      <Select
        label={t('referrals.filters.urgency')}
        placeholder={t('referrals.filters.anyUrgency')}
        data={REFERRAL_URGENCIES.map((urgency) => ({
          value: urgency,
          label: t(`referrals.urgencies.${urgency}`),
        }))}
        value={value.urgency}
        onChange={(urgency) => onChange({ ...value, urgency: isUrgency(urgency) ? urgency : null })}
        clearable
        maw={220}
      />
    </Group>
  )
}
