import { futureDateProblem, todayInVilnius } from '@onestop/contracts'
import { BadRequestError } from './errors.js'

export { addDays, addMonths, todayInVilnius } from '@onestop/contracts'

const VILNIUS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' })

/** The date `days` working days (Monday to Friday) after `from` (YYYY-MM-DD). Public holidays are not counted out. */
export function addWorkingDays(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`)
  let left = days
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1)
    const weekday = date.getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return date.toISOString().slice(0, 10)
}

/** Whole years between a birth date and today (Vilnius). */
export function ageInYears(birthDate: string, today: string = todayInVilnius()): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  if (
    by === undefined ||
    bm === undefined ||
    bd === undefined ||
    ty === undefined ||
    tm === undefined ||
    td === undefined
  )
    return 0
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** Refuses a date after today (Vilnius), naming the field. */
export function assertNotInFuture(date: string, pointer: string, what: string): void {
  const problem = futureDateProblem(date)
  if (problem) throw new BadRequestError(`The ${what} is in the future.`, [{ pointer, code: problem }])
}

/** The instant of a Vilnius wall-clock time (YYYY-MM-DD, HH:MM), whichever of EET or EEST is in force. */
export function vilniusInstant(day: string, time: string): string {
  for (const offset of ['+02:00', '+03:00']) {
    const candidate = new Date(`${day}T${time}:00${offset}`)
    const wall = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Vilnius',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate)
    if (VILNIUS_DATE.format(candidate) === day && wall === time) return candidate.toISOString()
  }
  throw new Error(`${day} ${time} does not exist in Vilnius`)
}

/** The first date on or after `from` (YYYY-MM-DD) falling on an ISO weekday (1 Monday … 7 Sunday). */
export function nextWeekday(from: string, weekday: number): string {
  const date = new Date(`${from}T00:00:00Z`)
  while ((date.getUTCDay() || 7) !== weekday) date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
