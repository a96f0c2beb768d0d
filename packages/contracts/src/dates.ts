import type { FieldErrorCode } from './field-errors.js'

const VILNIUS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' })

/** Today's date in Europe/Vilnius, as YYYY-MM-DD: the day the API and the staff client both judge by. */
export const todayInVilnius = (now: Date = new Date()): string => VILNIUS_DATE.format(now)

/** Why a date (YYYY-MM-DD) that must not come after today is refused, or undefined when it may stand. */
export const futureDateProblem = (
  date: string,
  today: string = todayInVilnius(),
): FieldErrorCode | undefined => (date > today ? 'date-in-future' : undefined)
