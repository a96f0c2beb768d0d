import { Badge } from '@mantine/core'
import type { PartnershipStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

const COLOURS: Record<PartnershipStatus, string> = {
  proposed: 'yellow',
  scheduled: 'blue',
  live: 'teal',
  expired: 'gray',
  ended: 'red',
}

export const PartnershipStatusBadge = ({ status }: { status: PartnershipStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`partnerships.statuses.${status}`)}
    </Badge>
  )
}
