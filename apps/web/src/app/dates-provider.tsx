import 'dayjs/locale/lt'
import { DatesProvider } from '@mantine/dates'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Every date picker speaks the app's current language (dayjs 'lt' or 'en'); weeks start on Monday. */
export const LocalisedDatesProvider = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation()
  return <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
}
