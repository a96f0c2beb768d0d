import '@mantine/dates/styles.css'
import 'dayjs/locale/lt'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { usePickerLabels } from '../../../components/ui/picker-labels'

/** A calendar day (`YYYY-MM-DD`, typed or picked) in the reader's language, every control named. */
export const DayField = (props: Omit<DateInputProps, 'locale' | 'valueFormat'>) => {
  const { i18n } = useTranslation()
  const pickerLabels = usePickerLabels()
  return (
    <DateInput
      locale={i18n.language}
      valueFormat="YYYY-MM-DD"
      firstDayOfWeek={1}
      ariaLabels={pickerLabels}
      {...props}
    />
  )
}
