import { BarChart } from '@mantine/charts'
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { InstrumentOutcome } from '@onestop/contracts'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatChange } from '../../../lib/format'
import { OutcomeForm } from './outcome-form'

const Change = ({ change, improved }: { change: number | null; improved: boolean | null }) => {
  const { t, i18n } = useTranslation()
  if (change === null) return <>—</>
  const word = change === 0 ? 'unchanged' : improved ? 'improved' : 'worse'
  return (
    <Group gap="xs" wrap="nowrap">
      <span>{formatChange(change, i18n.language)}</span>
      <Badge color={{ improved: 'teal', worse: 'red', unchanged: 'gray' }[word]} variant="light">
        {t(`groups.outcomes.${word}`)}
      </Badge>
    </Group>
  )
}

/** One instrument's scores: the mean change, a chart of baseline against end, and the same figures as a table. */
export const InstrumentOutcomes = ({
  runId,
  instrument,
}: {
  runId: string
  instrument: InstrumentOutcome
}) => {
  const { t, i18n } = useTranslation()
  const [recording, setRecording] = useState(false)
  const tableId = useId()
  const { participants } = instrument
  const scored = participants.filter((p) => p.baseline || p.end)
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{instrument.name}</Title>
        <Text size="sm" c="dimmed">
          {t('groups.outcomes.range', { min: instrument.scoreMin, max: instrument.scoreMax })} ·{' '}
          {instrument.higherIsBetter ? t('groups.outcomes.higherBetter') : t('groups.outcomes.lowerBetter')}
        </Text>
        <Text fw={500}>
          {instrument.meanChange === null
            ? t('groups.outcomes.noPairs')
            : t('groups.outcomes.meanChange', {
                mean: formatChange(instrument.meanChange, i18n.language),
                n: instrument.withBoth,
                total: participants.length,
                improved: instrument.improvedCount,
              })}
        </Text>
        {scored.length > 0 ? (
          <BarChart
            h={260}
            data={scored.map((p) => ({ name: p.name, baseline: p.baseline?.score, end: p.end?.score }))}
            dataKey="name"
            yAxisProps={{ domain: [instrument.scoreMin, instrument.scoreMax] }}
            withLegend
            role="img"
            aria-label={t('groups.outcomes.chartLabel', { name: instrument.name })}
            aria-describedby={tableId}
            series={[
              { name: 'baseline', label: t('groups.outcomes.phases.baseline'), color: 'gray.5' },
              { name: 'end', label: t('groups.outcomes.phases.end'), color: 'blue.6' },
            ]}
          />
        ) : null}
        <Table.ScrollContainer minWidth={480}>
          <Table striped id={tableId}>
            <Table.Caption>{t('groups.outcomes.tableCaption', { name: instrument.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('groups.enrolments.person')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.phases.baseline')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.phases.end')}</Table.Th>
                <Table.Th scope="col">{t('groups.outcomes.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Th scope="row" fw={500}>
                    {p.name}
                  </Table.Th>
                  <Table.Td>{p.baseline?.score ?? '—'}</Table.Td>
                  <Table.Td>{p.end?.score ?? '—'}</Table.Td>
                  <Table.Td>
                    <Change change={p.change} improved={p.improved} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {recording ? (
          <OutcomeForm runId={runId} instrument={instrument} onDone={() => setRecording(false)} />
        ) : participants.length > 0 ? (
          <Group>
            <Button variant="light" onClick={() => setRecording(true)}>
              {t('groups.outcomes.record')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}
