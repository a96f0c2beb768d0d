import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { GroupRun } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Places } from './places'
import { RunStatusActions } from './run-status-actions'
import { RunStatusBadge } from './status-badges'

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
)

/** The run at a glance: what, who, where, how full; organisers also get its actions. */
export const RunHeader = ({ run, canOrganise }: { run: GroupRun; canOrganise: boolean }) => {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" mb="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Group gap="sm">
            <Title order={1} size="h2">
              {run.title}
            </Title>
            <RunStatusBadge status={run.status} />
          </Group>
          {canOrganise ? <RunStatusActions run={run} /> : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('groups.run.service')} value={run.serviceName} />
          <Fact label={t('groups.run.methodology')} value={run.methodology?.name ?? '—'} />
          <Fact label={t('groups.run.room')} value={run.roomName ?? t('groups.run.noRoom')} />
          <Fact label={t('groups.run.facilitators')} value={run.facilitators.map((f) => f.name).join(', ')} />
        </SimpleGrid>
        <Places run={run} />
      </Stack>
    </Paper>
  )
}
