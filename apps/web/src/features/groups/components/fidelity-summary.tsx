import { Badge, Progress, Stack, Table, Text, Title } from '@mantine/core'
import type { RunFidelity } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatRate } from '../../../lib/format'

/** Sessions delivered against the programme's number, and who attended enough to complete it. */
export const FidelitySummary = ({ fidelity }: { fidelity: RunFidelity }) => {
  const { t, i18n } = useTranslation()
  const { methodology, sessions, participants } = fidelity
  const delivered = Math.min(100, (sessions.held / methodology.sessionCount) * 100)
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('groups.outcomes.fidelity')}
      </Title>
      <Text>
        {t('groups.outcomes.delivered', { held: sessions.held, programme: methodology.sessionCount })}
      </Text>
      <Progress value={delivered} aria-label={t('groups.outcomes.deliveredLabel')} size="lg" />
      <Text size="sm" c="dimmed">
        {t('groups.outcomes.otherSessions', { scheduled: sessions.scheduled, cancelled: sessions.cancelled })}
      </Text>
      <Text size="sm">
        {t('groups.outcomes.completionRule', {
          n: fidelity.completionSessions,
          share: formatRate(methodology.completionShare, i18n.language),
        })}{' '}
        {t('groups.outcomes.completedCount', { n: fidelity.completedCount, total: participants.length })}
      </Text>
      {participants.length === 0 ? (
        <Text c="dimmed">{t('groups.register.nobody')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('groups.outcomes.attendanceCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('groups.enrolments.person')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.attended')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.share')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.completed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Th scope="row" fw={500}>
                    {p.name}
                  </Table.Th>
                  <Table.Td>{p.attended}</Table.Td>
                  <Table.Td>{formatRate(p.share, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={p.completed ? 'teal' : 'gray'} variant="light">
                      {p.completed ? t('groups.outcomes.yes') : t('groups.outcomes.no')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
