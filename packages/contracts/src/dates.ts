import type { FieldErrorCode } from './field-errors.js'

const VILNIUS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' })

/** Today's date in Europe/Vilnius, as YYYY-MM-DD: the day the API and the staff client both judge by. */
export const todayInVilnius = (now: Date = new Date()): string => VILNIUS_DATE.format(now)

/** Why a date (YYYY-MM-DD) that must not come after today is refused, or undefined when it may stand. */
export const futureDateProblem = (
  date: string,
  today: string = todayInVilnius(),
): FieldErrorCode | undefined => (date > today ? 'date-in-future' : undefined)

/** `from` (YYYY-MM-DD) plus whole days, which may be negative. */
export function addDays(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The same day `months` months after `from` (YYYY-MM-DD), or the month's last day when it has no such day. */
export function addMonths(from: string, months: number): string {
  const [year = 0, month = 1, day = 1] = from.split('-').map(Number)
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10)
}

/** The last valid day of a certification recorded without one: the day before `certifiedOn` plus the validity. */
export const defaultValidUntil = (certifiedOn: string, validityMonths: number): string =>
  addDays(addMonths(certifiedOn, validityMonths), -1)
