import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from './webhook-types'

const COLORS: Record<WebhookDelivery['status'], string> = {
  delivered: 'teal',
  pending: 'blue',
  failed: 'red',
  withheld: 'gray',
}

export const DeliveryStatusBadge = ({ status }: { status: WebhookDelivery['status'] }) => {
  const { t } = useTranslation()
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`partners.webhooks.deliveryStatuses.${status}`)}
    </Badge>
  )
}
