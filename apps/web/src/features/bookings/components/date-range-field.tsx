import '@mantine/dates/styles.css'
import 'dayjs/locale/lt'
import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'

/** A range of days (`YYYY-MM-DD`) in the reader's language, every control named for screen readers. */
export const DateRangeField = (props: Omit<DatePickerInputProps<'range'>, 'type' | 'locale'>) => {
  const { t, i18n } = useTranslation()
  return (
    <DatePickerInput
      type="range"
      allowSingleDateInRange
      locale={i18n.language}
      valueFormat="YYYY-MM-DD"
      firstDayOfWeek={1}
      ariaLabels={{
        nextMonth: t('bookings.picker.nextMonth'),
        previousMonth: t('bookings.picker.previousMonth'),
        monthLevelControl: t('bookings.picker.chooseMonth'),
        nextYear: t('bookings.picker.nextYear'),
        previousYear: t('bookings.picker.previousYear'),
        yearLevelControl: t('bookings.picker.chooseYear'),
        nextDecade: t('bookings.picker.nextDecade'),
        previousDecade: t('bookings.picker.previousDecade'),
      }}
      {...props}
    />
  )
}
