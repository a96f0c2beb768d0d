import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { useMethodologyOutcomes } from '../api/get-methodology-outcomes'
import { InstrumentOutcomesAcrossRuns } from './instrument-outcomes-across-runs'

/** What the methodology's groups achieved: each instrument's mean change, over all runs and per run. */
export const MethodologyOutcomes = ({ methodologyId }: { methodologyId: string }) => {
  const { t } = useTranslation()
  const outcomes = useMethodologyOutcomes(methodologyId)
  return (
    <Stack gap="sm" mt="xl">
      <Title order={2} size="h4">
        {t('methodologies.sections.outcomes')}
      </Title>
      <SectionShell
        query={outcomes}
        empty={{
          when: (data) => data.instruments.length === 0,
          title: t('methodologies.outcomes.noInstruments'),
        }}
      >
        {(data) =>
          data.instruments.map((instrument) => (
            <InstrumentOutcomesAcrossRuns key={instrument.instrumentId} instrument={instrument} />
          ))
        }
      </SectionShell>
    </Stack>
  )
}
