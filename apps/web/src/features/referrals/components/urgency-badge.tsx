import { Badge } from '@mantine/core'
import type { ReferralStatus, ReferralUrgency } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export const UrgencyBadge = ({ urgency }: { urgency: ReferralUrgency }) => {
  const { t } = useTranslation()
  return (
    <Badge color={urgency === 'urgent' ? 'red' : 'gray'} variant={urgency === 'urgent' ? 'filled' : 'light'}>
      {t(`referrals.urgencies.${urgency}`)}
    </Badge>
  )
}

const STATUS_COLOURS: Record<ReferralStatus, string> = {
  received: 'blue',
  accepted: 'teal',
  declined: 'gray',
  case_closed: 'dark',
}

export const ReferralStatusBadge = ({ status }: { status: ReferralStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {t(`referrals.statuses.${status}`)}
    </Badge>
  )
}
