import { Badge } from '@mantine/core'
import type { ApiClient } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export const ApiClientStatusBadge = ({ status }: { status: ApiClient['status'] }) => {
  const { t } = useTranslation()
  return (
    <Badge color={status === 'active' ? 'teal' : 'red'} variant="light">
      {t(`partners.statuses.${status}`)}
    </Badge>
  )
}
