/** Calendar months (`YYYY-MM`) and the half-open range of days [first, first of the next) they cover. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export const monthOf = (day: string): string => day.slice(0, 7)

export const addMonths = (month: string, months: number): string => {
  const [y = 1970, m = 1] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const monthRange = (month: string) => ({ from: `${month}-01`, to: `${addMonths(month, 1)}-01` })

/** "2026 m. lapkritis" / "November 2026". */
export const formatMonth = (month: string, language: string): string => {
  const [y = 1970, m = 1] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'lt-LT', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)))
}
