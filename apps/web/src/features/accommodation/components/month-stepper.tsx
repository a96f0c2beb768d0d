import { ActionIcon, Button, Group, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { todayInVilnius } from '../../../lib/format'
import { addMonths, formatMonth, monthOf } from '../model/months'

/** A month with buttons for the one before and after, and back to this month. */
export const MonthStepper = ({ value, onChange }: { value: string; onChange: (month: string) => void }) => {
  const { t, i18n } = useTranslation()
  return (
    <Group gap="xs" align="center" wrap="wrap">
      <Group gap="xs" align="center" wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('accommodation.occupancy.previousMonth')}
          onClick={() => onChange(addMonths(value, -1))}
        >
          <span aria-hidden>‹</span>
        </ActionIcon>
        <Text fw={600} miw={150} ta="center" aria-live="polite">
          <VisuallyHidden>{t('accommodation.occupancy.month')}: </VisuallyHidden>
          {formatMonth(value, i18n.language)}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('accommodation.occupancy.nextMonth')}
          onClick={() => onChange(addMonths(value, 1))}
        >
          <span aria-hidden>›</span>
        </ActionIcon>
      </Group>
      <Button variant="subtle" onClick={() => onChange(monthOf(todayInVilnius()))}>
        {t('accommodation.occupancy.thisMonth')}
      </Button>
    </Group>
  )
}
