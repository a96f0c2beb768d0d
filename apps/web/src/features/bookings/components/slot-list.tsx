import { Button, Group, Stack, Text, Title } from '@mantine/core'
import type { AvailableSlot } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatLongDay, formatTime, formatTimeRange } from '../../../lib/times'
import { groupSlotsByDay, slotKey } from './slot-groups'

/** Free slots as buttons, by day and specialist; the chosen one is pressed. */
export const SlotList = ({
  slots,
  selected,
  onSelect,
}: {
  slots: readonly AvailableSlot[]
  selected: string | null
  onSelect: (slot: AvailableSlot) => void
}) => {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return (
    <Stack gap="md">
      {groupSlotsByDay(slots).map(({ day, specialists }) => (
        <section key={day} aria-labelledby={`slots-${day}`}>
          <Title order={3} size="h5" id={`slots-${day}`} mb={6}>
            {formatLongDay(day, language)}
          </Title>
          <Stack gap="xs">
            {specialists.map(({ specialist, slots: own }) => (
              <div key={specialist.id}>
                <Text size="sm" c="dimmed" mb={4}>
                  {specialist.name}
                </Text>
                <Group gap={6}>
                  {own.map((slot) => {
                    const key = slotKey(slot)
                    const pressed = key === selected
                    const room = slot.room ? slot.room.name : t('bookings.slots.noRoom')
                    return (
                      <Button
                        key={key}
                        size="compact-sm"
                        variant={pressed ? 'filled' : 'default'}
                        aria-pressed={pressed}
                        aria-label={t('bookings.slots.slotLabel', {
                          time: formatTimeRange(slot.startsAt, slot.endsAt, language),
                          specialist: specialist.name,
                          room,
                        })}
                        title={`${room} · ${slot.siteName}`}
                        onClick={() => onSelect(slot)}
                      >
                        {formatTime(slot.startsAt, language)}
                      </Button>
                    )
                  })}
                </Group>
              </div>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  )
}
