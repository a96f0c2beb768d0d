import { Text, Title } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { usePartnerWebhooks } from '../api/list-partner-webhooks'
import { WebhooksTable } from './webhooks-table'

/** The "Webhooks" part of a municipality's section: what its system subscribed to, and how delivery went. */
export const MunicipalityWebhooks = ({
  partnerId,
  name,
  hasClients,
  now,
}: {
  partnerId: string
  name: string
  /** Without an API client the municipality cannot have subscribed, so nothing is asked. */
  hasClients: boolean
  now: Date
}) => {
  const { t } = useTranslation()
  const titleId = useId()
  const title = t('partners.webhooks.title', { name })
  return (
    <>
      <Title order={3} size="h5" id={titleId}>
        {title}
      </Title>
      {hasClients ? (
        <WebhooksOf partnerId={partnerId} titleId={titleId} title={title} now={now} />
      ) : (
        <NoWebhooks />
      )}
    </>
  )
}

const WebhooksOf = ({
  partnerId,
  titleId,
  title,
  now,
}: {
  partnerId: string
  titleId: string
  title: string
  now: Date
}) => {
  const webhooks = usePartnerWebhooks(partnerId)
  return (
    <SectionShell query={webhooks} compact>
      {(data) =>
        data.items.length === 0 ? (
          <NoWebhooks />
        ) : (
          <WebhooksTable webhooks={data.items} titleId={titleId} title={title} now={now} />
        )
      }
    </SectionShell>
  )
}

const NoWebhooks = () => {
  const { t } = useTranslation()
  return (
    <Text size="sm" c="dimmed">
      {t('partners.webhooks.none')}
    </Text>
  )
}
