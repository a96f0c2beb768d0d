import { BarChart } from '@mantine/charts'
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { MethodologyOutcomes } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatChange } from '../../../lib/format'

type InstrumentAcrossRuns = MethodologyOutcomes['instruments'][number]

/** One instrument's mean change over every run, and per run as a chart and, for every reader, a table. */
export const InstrumentOutcomesAcrossRuns = ({ instrument }: { instrument: InstrumentAcrossRuns }) => {
  const { t, i18n } = useTranslation()
  const tableId = useId()
  const change = (mean: number | null) => (mean === null ? '—' : formatChange(mean, i18n.language))
  const measured = instrument.runs.filter((run) => run.meanChange !== null)
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {instrument.name}
        </Title>
        <Text size="sm" c="dimmed">
          {t('methodologies.outcomes.scale', {
            min: instrument.scoreMin,
            max: instrument.scoreMax,
            better: t(
              instrument.higherIsBetter
                ? 'methodologies.outcomes.higherBetter'
                : 'methodologies.outcomes.lowerBetter',
            ),
          })}
        </Text>
        <Text fw={500}>
          {instrument.meanChange === null
            ? t('methodologies.outcomes.noPairs')
            : t('methodologies.outcomes.meanChange', {
                mean: change(instrument.meanChange),
                n: instrument.withBoth,
              })}
        </Text>
        {measured.length > 0 ? (
          <BarChart
            h={240}
            data={measured.map((run) => ({ title: run.title, meanChange: run.meanChange }))}
            dataKey="title"
            role="img"
            aria-label={t('methodologies.outcomes.chartLabel', { name: instrument.name })}
            aria-describedby={tableId}
            series={[
              { name: 'meanChange', label: t('methodologies.outcomes.runMeanChange'), color: 'blue.6' },
            ]}
          />
        ) : null}
        {instrument.runs.length === 0 ? (
          <Text size="sm">{t('methodologies.outcomes.noRuns')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped id={tableId}>
              <Table.Caption>
                {t('methodologies.outcomes.tableCaption', { name: instrument.name })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('methodologies.outcomes.run')}</Table.Th>
                  <Table.Th scope="col">{t('methodologies.outcomes.runMeanChange')}</Table.Th>
                  <Table.Th scope="col">{t('methodologies.outcomes.withBoth')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {instrument.runs.map((run) => (
                  <Table.Tr key={run.runId}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/groups/${run.runId}`}>
                        {run.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{change(run.meanChange)}</Table.Td>
                    <Table.Td>{run.withBoth}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  )
}
