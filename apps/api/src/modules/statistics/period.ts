import {
  STATISTICS_DEFAULT_MONTHS,
  STATISTICS_MAX_MONTHS,
  type StatisticsQuery,
  todayInVilnius,
} from '@onestop/contracts'
import { BadRequestError } from '../../lib/errors.js'

/** A period of whole calendar months (YYYY-MM), both ends included. */
export interface MonthPeriod {
  from: string
  to: string
}

/** The month (YYYY-MM) `months` after `month`; negative goes back. */
export function shiftMonth(month: string, months: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number)
  return new Date(Date.UTC(year, number - 1 + months, 1)).toISOString().slice(0, 7)
}

/** How many months from `from` to `to`, both included. */
export function monthsIn({ from, to }: MonthPeriod): number {
  const index = (month: string) => {
    const [year = 0, number = 1] = month.split('-').map(Number)
    return year * 12 + number
  }
  return index(to) - index(from) + 1
}

/** Every month of the period, in order. */
export const monthsOf = (period: MonthPeriod): string[] =>
  Array.from({ length: monthsIn(period) }, (_, i) => shiftMonth(period.from, i))

/**
 * The period a statistics query asks for: by default the last months up to the current Vilnius month
 * (judged at `now`); refused when it ends before it starts or is too long.
 */
export function periodOf(query: StatisticsQuery, now: Date): MonthPeriod {
  const to = query.to ?? todayInVilnius(now).slice(0, 7)
  const period = { from: query.from ?? shiftMonth(to, -(STATISTICS_DEFAULT_MONTHS - 1)), to }
  if (period.to < period.from)
    throw new BadRequestError('The period must not end before it starts.', [
      { pointer: '/querystring/to', code: 'end-before-first-day', params: { start: 'from' } },
    ])
  if (monthsIn(period) > STATISTICS_MAX_MONTHS)
    throw new BadRequestError(`The period may be at most ${STATISTICS_MAX_MONTHS} months long.`, [
      {
        pointer: '/querystring/to',
        code: 'too-many-months',
        params: { limit: STATISTICS_MAX_MONTHS, start: 'from' },
      },
    ])
  return period
}
