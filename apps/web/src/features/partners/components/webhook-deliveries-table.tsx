import { Badge, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../lib/format'
import { DeliveryStatusBadge } from './delivery-status-badge'
import { relativeTime } from './relative-time'
import type { WebhookDelivery } from './webhook-types'

/** One subscription's recent deliveries, newest first; shown inside the subscriptions table's scroll region. */
export const WebhookDeliveriesTable = ({
  deliveries,
  label,
  now,
}: {
  deliveries: readonly WebhookDelivery[]
  label: string
  now: Date
}) => {
  const { t, i18n } = useTranslation()
  if (deliveries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('partners.webhooks.noDeliveries')}
      </Text>
    )
  const dateTime = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—')
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.event')}</Table.Th>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.status')}</Table.Th>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.attempts')}</Table.Th>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.lastAnswer')}</Table.Th>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.nextAttempt')}</Table.Th>
          <Table.Th scope="col">{t('partners.webhooks.deliveryColumns.deliveredAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deliveries.map((delivery) => (
          <Table.Tr key={delivery.id}>
            <Table.Th scope="row" fw={400}>
              <Stack gap={2} align="flex-start">
                <Badge variant="outline" color="gray" tt="none">
                  {delivery.eventType}
                </Badge>
                <Text size="xs" c="dimmed">
                  {dateTime(delivery.createdAt)}
                </Text>
              </Stack>
            </Table.Th>
            <Table.Td>
              <Stack gap={2} align="flex-start" maw={260}>
                <DeliveryStatusBadge status={delivery.status} />
                {delivery.status === 'withheld' ? (
                  <Text size="xs">{t('partners.webhooks.withheldExplained')}</Text>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>{delivery.attempts}</Table.Td>
            <Table.Td>
              <LastAnswer delivery={delivery} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {delivery.status === 'pending' && delivery.nextAttemptAt ? (
                <NextAttempt at={delivery.nextAttemptAt} now={now} />
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(delivery.deliveredAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** When a pending delivery is tried again; one already due waits for the worker's next round. */
const NextAttempt = ({ at, now }: { at: string; now: Date }) => {
  const { t, i18n } = useTranslation()
  const date = formatDateTime(at, i18n.language)
  if (new Date(at).getTime() <= now.getTime()) return <>{t('partners.webhooks.due', { date })}</>
  return <>{t('partners.webhooks.nextAttemptAt', { when: relativeTime(at, now, i18n.language), date })}</>
}

/** Errors whose English detail (the address, the network error) helps whoever fixes the receiver. */
const WITH_DETAIL = new Set(['unreachable', 'target_not_allowed'])

/** The receiver's last HTTP status and why it failed, if it did; the withheld reason is said in the status column. */
const LastAnswer = ({ delivery }: { delivery: WebhookDelivery }) => {
  const { t } = useTranslation()
  const code = delivery.status === 'withheld' ? null : delivery.lastErrorCode
  if (delivery.lastStatusCode === null && !code) return <>—</>
  return (
    <Stack gap={2} maw={320}>
      {delivery.lastStatusCode === null ? null : (
        <Text size="sm">{t('partners.webhooks.httpStatus', { code: delivery.lastStatusCode })}</Text>
      )}
      {code ? (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t(`partners.webhooks.deliveryErrors.${code}`)}
          {WITH_DETAIL.has(code) && delivery.lastError ? (
            <>
              <br />
              <span lang="en">{delivery.lastError}</span>
            </>
          ) : null}
        </Text>
      ) : null}
    </Stack>
  )
}
