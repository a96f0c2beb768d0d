import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { Fragment, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { formatDateTime } from '../../../lib/format'
import { WebhookDeliveriesTable } from './webhook-deliveries-table'
import type { PartnerWebhook } from './webhook-types'

const COLUMNS = 6

/**
 * A municipality's webhook subscriptions; each row opens its recent deliveries beneath it. On a phone the
 * table scrolls sideways in its own region, named by the section's title (`titleId`).
 */
export const WebhooksTable = ({
  webhooks,
  titleId,
  title,
  now,
}: {
  webhooks: readonly PartnerWebhook[]
  titleId: string
  title: string
  now: Date
}) => {
  const { t } = useTranslation()
  return (
    <ScrollRegion labelledBy={titleId} minWidth={960}>
      <Table aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.webhooks.columns.url')}</Table.Th>
            <Table.Th scope="col">{t('partners.webhooks.columns.events')}</Table.Th>
            <Table.Th scope="col">{t('partners.webhooks.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('partners.webhooks.columns.failures')}</Table.Th>
            <Table.Th scope="col">{t('partners.webhooks.columns.created')}</Table.Th>
            <Table.Th scope="col">{t('partners.webhooks.columns.deliveries')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.map((webhook) => (
            <WebhookRows key={webhook.subscription.id} webhook={webhook} now={now} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}

const WebhookRows = ({ webhook, now }: { webhook: PartnerWebhook; now: Date }) => {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const deliveriesId = useId()
  const { subscription, recentDeliveries } = webhook
  return (
    <Fragment>
      <Table.Tr>
        <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }} maw={280}>
          {subscription.url}
        </Table.Th>
        <Table.Td>
          <Group gap={4}>
            {subscription.events.map((event) => (
              <Badge key={event} variant="outline" color="gray" tt="none">
                {event}
              </Badge>
            ))}
          </Group>
        </Table.Td>
        <Table.Td>
          <Stack gap={2} align="flex-start" maw={260}>
            <Badge color={subscription.status === 'active' ? 'teal' : 'red'} variant="light">
              {t(`partners.webhooks.statuses.${subscription.status}`)}
            </Badge>
            {subscription.disabledAt ? (
              <Text size="xs">
                {t('partners.webhooks.disabledOn', {
                  date: formatDateTime(subscription.disabledAt, i18n.language),
                })}
                {/* The worker disables a subscription only after failures in a row, which then stop counting. */}
                {subscription.disabledReason
                  ? ` ${t('partners.webhooks.disabledAfter', { failures: subscription.consecutiveFailures })}`
                  : null}
              </Text>
            ) : null}
          </Stack>
        </Table.Td>
        <Table.Td>{subscription.consecutiveFailures}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(subscription.createdAt, i18n.language)}
        </Table.Td>
        <Table.Td>
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={open}
            aria-controls={deliveriesId}
            aria-label={t(
              open ? 'partners.webhooks.hideDeliveriesAria' : 'partners.webhooks.showDeliveriesAria',
              {
                url: subscription.url,
                count: recentDeliveries.length,
              },
            )}
            onClick={() => setOpen((was) => !was)}
          >
            {t(open ? 'partners.webhooks.hideDeliveries' : 'partners.webhooks.showDeliveries', {
              count: recentDeliveries.length,
            })}
          </Button>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={deliveriesId} hidden={!open}>
        <Table.Td colSpan={COLUMNS}>
          {open ? (
            <WebhookDeliveriesTable
              deliveries={recentDeliveries}
              label={t('partners.webhooks.deliveriesTitle', { url: subscription.url })}
              now={now}
            />
          ) : null}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  )
}
