import { NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { InstrumentOutcome, OutcomePhase } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { useRecordOutcome } from '../api/record-outcome'

interface Values {
  personId: string | null
  phase: OutcomePhase
  score: number | string
  measuredOn: string
}

/** Records one participant's baseline or end score on the instrument; a second one of a phase replaces it. */
export const OutcomeForm = ({
  runId,
  instrument,
  onDone,
}: {
  runId: string
  instrument: InstrumentOutcome
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const record = useRecordOutcome(runId, instrument.instrumentId)
  const { scoreMin: min, scoreMax: max } = instrument
  const today = todayInVilnius()
  const form = useForm<Values>({
    initialValues: { personId: null, phase: 'baseline', score: '', measuredOn: today },
    validate: {
      personId: (value) => (value ? null : t('validation.required')),
      score: (value) =>
        typeof value !== 'number'
          ? t('validation.required')
          : value < min || value > max
            ? t('fieldErrors.outside-score-range', { min, max })
            : null,
      measuredOn: (value) =>
        !value ? t('validation.required') : value > today ? t('fieldErrors.date-in-future') : null,
    },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('groups.outcomes.recordFor', { name: instrument.name })}
      submit={({ personId, phase, score, measuredOn }) =>
        personId && typeof score === 'number'
          ? record.mutateAsync({ personId, phase, score, measuredOn })
          : undefined
      }
      successMessage={t('groups.outcomes.saved')}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('groups.outcomes.save')}
    >
      <Select
        label={t('groups.enrolments.person')}
        withAsterisk
        allowDeselect={false}
        data={instrument.participants.map((p) => ({ value: p.personId, label: p.name }))}
        {...form.getInputProps('personId')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`phase-${instrument.instrumentId}`}>
          {t('groups.outcomes.phase')}
        </Text>
        <SegmentedControl
          aria-labelledby={`phase-${instrument.instrumentId}`}
          data={(['baseline', 'end'] as const).map((phase) => ({
            value: phase,
            label: t(`groups.outcomes.phases.${phase}`),
          }))}
          {...form.getInputProps('phase')}
        />
      </Stack>
      <NumberInput
        label={t('groups.outcomes.score')}
        description={t('groups.outcomes.range', { min, max })}
        withAsterisk
        min={min}
        max={max}
        clampBehavior="none"
        decimalScale={2}
        {...form.getInputProps('score')}
      />
      <TextInput
        type="date"
        label={t('groups.outcomes.measuredOn')}
        withAsterisk
        max={today}
        {...form.getInputProps('measuredOn')}
      />
    </FormShell>
  )
}
