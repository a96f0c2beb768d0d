import type { AttendanceGrouping } from '@onestop/contracts'

/** A row's name: a month (`YYYY-MM`) spelled out in the reader's language, otherwise the API's label. */
export const rowLabel = (label: string, groupBy: AttendanceGrouping, language: string): string => {
  if (groupBy !== 'month') return label
  const [year, month] = label.split('-').map(Number)
  if (!year || !month) return label
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'lt-LT', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)))
}
