import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ApiClient, PartnerMunicipality } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiClientsTable } from './api-clients-table'
import { MunicipalityWebhooks } from './municipality-webhooks'

/**
 * One municipality: its partnership's state, its API clients, issuing another while the partnership is live,
 * and the webhooks its system subscribed to.
 */
export const MunicipalitySection = ({
  municipality,
  now,
  onIssue,
  onRotate,
}: {
  municipality: PartnerMunicipality
  now: Date
  onIssue: (municipality: PartnerMunicipality) => void
  onRotate: (municipality: PartnerMunicipality, client: ApiClient) => void
}) => {
  const { t } = useTranslation()
  const headingId = useId()
  const tableTitleId = useId()
  const tableTitle = t('partners.clientsTitle', { name: municipality.name })
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>
              {municipality.name}
            </Title>
            <Group gap="xs">
              <Badge color={municipality.partnershipLive ? 'teal' : 'gray'} variant="light">
                {t(
                  municipality.partnershipLive ? 'partners.partnership.live' : 'partners.partnership.notLive',
                )}
              </Badge>
            </Group>
          </Stack>
          {municipality.partnershipLive ? (
            <Button
              aria-label={t('partners.issueAria', { name: municipality.name })}
              onClick={() => onIssue(municipality)}
            >
              {t('partners.issue')}
            </Button>
          ) : null}
        </Group>
        {municipality.partnershipLive ? null : (
          <Text size="sm" c="dimmed">
            {t('partners.partnership.notLiveHint')}
          </Text>
        )}
        <Title order={3} size="h5" id={tableTitleId}>
          {tableTitle}
        </Title>
        {municipality.clients.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('partners.noClients')}
          </Text>
        ) : (
          <ApiClientsTable
            partnerId={municipality.id}
            clients={municipality.clients}
            titleId={tableTitleId}
            title={tableTitle}
            now={now}
            onRotate={(client) => onRotate(municipality, client)}
          />
        )}
        <MunicipalityWebhooks
          partnerId={municipality.id}
          name={municipality.name}
          hasClients={municipality.clients.length > 0}
          now={now}
        />
      </Stack>
    </Paper>
  )
}
