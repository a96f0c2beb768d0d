import { Badge } from '@mantine/core'
import type { FamilyStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

const COLORS: Record<FamilyStatus, string> = {
  referred: 'gray',
  intake: 'blue',
  active: 'teal',
  closed: 'dark',
}

export const StatusBadge = ({ status }: { status: FamilyStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`families.statuses.${status}`)}
    </Badge>
  )
}

export const OverdueBadge = () => {
  const { t } = useTranslation()
  return (
    <Badge color="red" variant="filled">
      {t('families.overdue')}
    </Badge>
  )
}
