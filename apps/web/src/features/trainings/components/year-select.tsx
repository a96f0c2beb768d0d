import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { todayInVilnius } from '../../../lib/format'

export const thisYear = () => Number(todayInVilnius().slice(0, 4))

/** This year and the four before and one after, to count training hours in. */
export const YearSelect = ({ value, onChange }: { value: number; onChange: (year: number) => void }) => {
  const { t } = useTranslation()
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear() + 1 - i))
  return (
    <Select
      label={t('trainings.hours.year')}
      w={140}
      allowDeselect={false}
      data={years}
      value={String(value)}
      onChange={(year) => year && onChange(Number(year))}
    />
  )
}
