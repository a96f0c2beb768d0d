import '@mantine/dates/styles.css'
import 'dayjs/locale/lt'
import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { usePickerLabels } from './picker-labels'

/** A range of days (`YYYY-MM-DD`) in the reader's language, every control named for screen readers. */
export const DateRangeField = (props: Omit<DatePickerInputProps<'range'>, 'type' | 'locale'>) => {
  const { i18n } = useTranslation()
  const pickerLabels = usePickerLabels()
  return (
    <DatePickerInput
      type="range"
      allowSingleDateInRange
      locale={i18n.language}
      valueFormat="YYYY-MM-DD"
      firstDayOfWeek={1}
      ariaLabels={pickerLabels}
      {...props}
    />
  )
}
