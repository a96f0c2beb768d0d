import { ActionIcon, Group, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { todayInVilnius } from '../../../lib/format'
import { addDays, isDay } from '../model/days'

/** A day with buttons for the one before and after; `step` days per press (a night, or a week). */
export const DayStepper = ({
  label,
  value,
  onChange,
  step = 1,
  previousLabel,
  nextLabel,
}: {
  label: string
  value: string
  onChange: (day: string) => void
  step?: number
  previousLabel: string
  nextLabel: string
}) => {
  const { t } = useTranslation()
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={previousLabel}
        onClick={() => onChange(addDays(value, -step))}
      >
        <span aria-hidden>‹</span>
      </ActionIcon>
      <TextInput
        type="date"
        label={label}
        value={value}
        onChange={(event) => {
          const day = event.currentTarget.value
          if (isDay(day)) onChange(day)
        }}
        w={170}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={nextLabel}
        onClick={() => onChange(addDays(value, step))}
      >
        <span aria-hidden>›</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="lg"
        w="auto"
        px="xs"
        onClick={() => onChange(todayInVilnius())}
        aria-label={t('accommodation.board.todayLabel')}
      >
        {t('accommodation.board.today')}
      </ActionIcon>
    </Group>
  )
}
