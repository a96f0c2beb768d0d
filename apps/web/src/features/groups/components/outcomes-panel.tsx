import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { useRunFidelity } from '../api/get-run-fidelity'
import { useRunOutcomes } from '../api/get-run-outcomes'
import { FidelitySummary } from './fidelity-summary'
import { InstrumentOutcomes } from './instrument-outcomes'

/** A methodology run's fidelity to the programme, and its participants' outcomes per instrument. */
export const OutcomesPanel = ({ runId }: { runId: string }) => {
  const { t } = useTranslation()
  const fidelity = useRunFidelity(runId)
  const outcomes = useRunOutcomes(runId)
  return (
    <Stack gap="xl">
      <SectionShell query={fidelity}>{(data) => <FidelitySummary fidelity={data} />}</SectionShell>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('groups.outcomes.title')}
        </Title>
        <SectionShell
          query={outcomes}
          empty={{ when: (data) => data.instruments.length === 0, title: t('groups.outcomes.noInstruments') }}
        >
          {(data) =>
            data.instruments.map((instrument) => (
              <InstrumentOutcomes key={instrument.instrumentId} runId={runId} instrument={instrument} />
            ))
          }
        </SectionShell>
      </Stack>
    </Stack>
  )
}
