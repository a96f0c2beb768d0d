import '@mantine/dates/styles.css'
import 'dayjs/locale/lt'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'

/** A calendar day (`YYYY-MM-DD`, typed or picked) in the reader's language, every control named. */
export const DayField = (props: Omit<DateInputProps, 'locale' | 'valueFormat'>) => {
  const { t, i18n } = useTranslation()
  return (
    <DateInput
      locale={i18n.language}
      valueFormat="YYYY-MM-DD"
      firstDayOfWeek={1}
      ariaLabels={{
        nextMonth: t('partnerships.picker.nextMonth'),
        previousMonth: t('partnerships.picker.previousMonth'),
        monthLevelControl: t('partnerships.picker.chooseMonth'),
        nextYear: t('partnerships.picker.nextYear'),
        previousYear: t('partnerships.picker.previousYear'),
        yearLevelControl: t('partnerships.picker.chooseYear'),
        nextDecade: t('partnerships.picker.nextDecade'),
        previousDecade: t('partnerships.picker.previousDecade'),
      }}
      {...props}
    />
  )
}
