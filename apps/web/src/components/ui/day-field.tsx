import '@mantine/dates/styles.css'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { usePickerLabels } from './picker-labels'

/** A calendar day (`YYYY-MM-DD`, typed or picked), every control named. */
export const DayField = (props: Omit<DateInputProps, 'locale' | 'valueFormat'>) => {
  const pickerLabels = usePickerLabels()
  return <DateInput valueFormat="YYYY-MM-DD" ariaLabels={pickerLabels} {...props} />
}
