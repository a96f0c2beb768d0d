import '@mantine/dates/styles.css'
import 'dayjs/locale/lt'
import { DateTimePicker, type DateTimePickerProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { vilniusDateTime } from '../../../lib/format'

/** The picker's value, `YYYY-MM-DD HH:mm:ss`, read as Vilnius wall-clock time: an ISO timestamp. */
export const pickedToIso = (picked: string): string => vilniusDateTime(picked.slice(0, 16).replace(' ', 'T'))

/** A date and time picker in the reader's language, with every control named for screen readers. */
export const DateTimeField = (props: Omit<DateTimePickerProps, 'locale' | 'valueFormat'>) => {
  const { t, i18n } = useTranslation()
  return (
    <DateTimePicker
      locale={i18n.language}
      valueFormat="YYYY-MM-DD HH:mm"
      ariaLabels={{
        nextMonth: t('groups.picker.nextMonth'),
        previousMonth: t('groups.picker.previousMonth'),
        monthLevelControl: t('groups.picker.chooseMonth'),
        nextYear: t('groups.picker.nextYear'),
        previousYear: t('groups.picker.previousYear'),
        yearLevelControl: t('groups.picker.chooseYear'),
        nextDecade: t('groups.picker.nextDecade'),
        previousDecade: t('groups.picker.previousDecade'),
      }}
      timePickerProps={{
        hoursInputLabel: t('groups.picker.hours'),
        minutesInputLabel: t('groups.picker.minutes'),
      }}
      submitButtonProps={{ 'aria-label': t('groups.picker.done') }}
      {...props}
    />
  )
}
