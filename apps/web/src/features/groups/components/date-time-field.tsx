import '@mantine/dates/styles.css'
import { DateTimePicker, type DateTimePickerProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { usePickerLabels } from '../../../components/ui/picker-labels'
import { vilniusDateTime } from '../../../lib/format'

/** The picker's value, `YYYY-MM-DD HH:mm:ss`, read as Vilnius wall-clock time: an ISO timestamp. */
export const pickedToIso = (picked: string): string => vilniusDateTime(picked.slice(0, 16).replace(' ', 'T'))

/** A date and time picker in the reader's language, with every control named for screen readers. */
export const DateTimeField = (props: Omit<DateTimePickerProps, 'locale' | 'valueFormat'>) => {
  const { t } = useTranslation()
  const pickerLabels = usePickerLabels()
  return (
    <DateTimePicker
      valueFormat="YYYY-MM-DD HH:mm"
      ariaLabels={pickerLabels}
      timePickerProps={{
        hoursInputLabel: t('picker.hours'),
        minutesInputLabel: t('picker.minutes'),
      }}
      submitButtonProps={{ 'aria-label': t('picker.done') }}
      {...props}
    />
  )
}
