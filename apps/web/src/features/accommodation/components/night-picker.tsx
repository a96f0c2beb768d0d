import { ActionIcon, Button, Group, TextInput } from '@mantine/core'
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
  todayLabel,
}: {
  label: string
  value: string
  onChange: (day: string) => void
  step?: number
  previousLabel: string
  nextLabel: string
  /** The button back to today (tonight, this week). */
  todayLabel: string
}) => {
  // Arrows and date stay together (234px); "tonight" wraps below them on the narrowest phones.
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
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
          w={150}
        />
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={nextLabel}
          onClick={() => onChange(addDays(value, step))}
        >
          <span aria-hidden>›</span>
        </ActionIcon>
      </Group>
      <Button variant="subtle" onClick={() => onChange(todayInVilnius())}>
        {todayLabel}
      </Button>
    </Group>
  )
}
