import type { CalendarAriaLabels } from '@mantine/dates'
import { useTranslation } from 'react-i18next'

/** Names for every control of a Mantine date picker, in the reader's language, for screen readers. */
export function usePickerLabels(): CalendarAriaLabels {
  const { t } = useTranslation()
  return {
    nextMonth: t('picker.nextMonth'),
    previousMonth: t('picker.previousMonth'),
    monthLevelControl: t('picker.chooseMonth'),
    nextYear: t('picker.nextYear'),
    previousYear: t('picker.previousYear'),
    yearLevelControl: t('picker.chooseYear'),
    nextDecade: t('picker.nextDecade'),
    previousDecade: t('picker.previousDecade'),
  }
}
