import { Badge, Stack, Table, Text } from '@mantine/core'
import type { AuditEntry } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { formatDateTime } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'

const OUTCOME_COLOURS = { success: 'teal', failure: 'orange', denied: 'red' } as const

export const AuditTable = ({ entries }: { entries: readonly Static<typeof AuditEntry>[] }) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  {entry.actorLabel ?? t('audit.system')}
                  {/* Partner staff reading or changing this organisation's families. */}
                  {entry.actorOrganisationId && entry.actorOrganisationId !== user.organisationId ? (
                    <Badge color="grape" variant="light" size="sm">
                      {t('audit.otherOrganisation')}
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td>
                {entry.entityType ? (
                  <Text size="sm">
                    {entry.entityType}
                    {entry.entityId ? (
                      <Text span c="dimmed" size="xs" ff="monospace">
                        {` ${entry.entityId}`}
                      </Text>
                    ) : null}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOURS[entry.outcome]} variant="light">
                  {t(`audit.outcomes.${entry.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{entry.ip ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
