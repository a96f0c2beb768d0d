import { Badge, Button, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import type { ApiClient } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { formatDate, formatDateTime } from '../../../lib/format'
import { RevokeButton } from './revoke-button'
import { SecretList } from './secret-list'
import { ApiClientStatusBadge } from './status-badge'

/**
 * The API clients issued to one municipality; on a phone the table scrolls sideways in its own region,
 * named by the section's title (`titleId`).
 */
export const ApiClientsTable = ({
  partnerId,
  clients,
  titleId,
  title,
  now,
  onRotate,
}: {
  partnerId: string
  clients: readonly ApiClient[]
  titleId: string
  title: string
  now: Date
  onRotate: (client: ApiClient) => void
}) => {
  const { t, i18n } = useTranslation()
  return (
    <ScrollRegion labelledBy={titleId} minWidth={1000}>
      <Table striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.clientId')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.scopes')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.secrets')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.lastToken')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('partners.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Th scope="row" fw={600}>
                {client.name}
              </Table.Th>
              <Table.Td>
                <Code>{client.clientId}</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {client.scopes.map((scope) => (
                    <Badge key={scope} variant="outline" color="gray" tt="none">
                      {scope}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <ApiClientStatusBadge status={client.status} />
                  {client.revokedAt ? (
                    <Text size="xs" c="dimmed">
                      {t('partners.revokedOn', { date: formatDate(client.revokedAt, i18n.language) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <SecretList secrets={client.secrets} now={now} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {client.lastTokenAt ? formatDateTime(client.lastTokenAt, i18n.language) : t('partners.never')}
              </Table.Td>
              <Table.Td>
                {client.status === 'active' ? (
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('partners.rotateAria', { name: client.name })}
                      onClick={() => onRotate(client)}
                    >
                      {t('partners.rotate')}
                    </Button>
                    <RevokeButton partnerId={partnerId} client={client} />
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
