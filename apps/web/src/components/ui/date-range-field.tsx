import '@mantine/dates/styles.css'
import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates'
import { usePickerLabels } from './picker-labels'

/** A range of days (`YYYY-MM-DD`), every control named for screen readers. */
export const DateRangeField = (props: Omit<DatePickerInputProps<'range'>, 'type' | 'locale'>) => {
  const pickerLabels = usePickerLabels()
  return (
    <DatePickerInput
      type="range"
      allowSingleDateInRange
      valueFormat="YYYY-MM-DD"
      ariaLabels={pickerLabels}
      {...props}
    />
  )
}
