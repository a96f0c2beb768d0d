import { Anchor, Table, Text } from '@mantine/core'
import type { GroupRunSummary } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatDateTime } from '../../../lib/format'
import { RunStatusBadge } from './status-badges'

export const GroupRunsTable = ({ runs }: { runs: readonly GroupRunSummary[] }) => {
  const { t, i18n } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('groups.list.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.service')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.facilitators')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.sessions')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.places')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.waitlist')}</Table.Th>
            <Table.Th scope="col">{t('groups.list.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <Anchor component={Link} to={`/groups/${run.id}`} fw={600}>
                  {run.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{run.serviceName}</Table.Td>
              <Table.Td>{run.facilitators.map((f) => f.name).join(', ')}</Table.Td>
              <Table.Td>
                {run.firstSessionAt ? (
                  <>
                    <Text size="sm">{formatDateTime(run.firstSessionAt, i18n.language)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('groups.list.sessionsSpan', {
                        n: run.sessionCount,
                        last: run.lastSessionAt ? formatDate(run.lastSessionAt, i18n.language) : '—',
                      })}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {run.enrolledCount} / {run.capacity}
              </Table.Td>
              <Table.Td>{run.waitlistedCount}</Table.Td>
              <Table.Td miw={130}>
                <RunStatusBadge status={run.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
