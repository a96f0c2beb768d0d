import { Box, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type EventLook, LOOKS } from './calendar-events'

const SHOWN: EventLook[] = ['appointment', 'group', 'busy', 'completed', 'no_show', 'cancelled']

/** What the colours on the calendar mean. */
export const CalendarLegend = () => {
  const { t } = useTranslation()
  return (
    <Group
      gap="md"
      component="ul"
      aria-label={t('calendar.legend.label')}
      style={{ listStyle: 'none', padding: 0 }}
    >
      {SHOWN.map((look) => (
        <Group key={look} gap={6} component="li" wrap="nowrap">
          <Box
            w={14}
            h={14}
            style={{
              background: LOOKS[look].background,
              border: `1px solid ${LOOKS[look].border}`,
              borderRadius: 3,
            }}
            aria-hidden
          />
          <Text size="sm">{t(`calendar.legend.${look}`)}</Text>
        </Group>
      ))}
    </Group>
  )
}
