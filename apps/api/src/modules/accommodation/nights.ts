import { type SQL, sql } from 'drizzle-orm'
import { BadRequestError } from '../../lib/errors.js'

/** Half-open days [from, until) in Europe/Vilnius dates, YYYY-MM-DD. */
export interface Days {
  from: string
  until: string
}

const DAY = 86_400_000

/** How many nights [from, until) holds. */
export const nightsOf = ({ from, until }: Days): number =>
  Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/** The days as a PostgreSQL daterange. */
export const dateRange = ({ from, until }: Days): SQL => sql`daterange(${from}::date, ${until}::date, '[)')`

/** A daterange's text form `[2026-11-26,2026-12-10)` as its days. */
export function parseDays(text: string): Days {
  const match = /^\[(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})\)$/.exec(text)
  if (!match?.[1] || !match[2]) throw new Error(`not a half-open date range: ${text}`)
  return { from: match[1], until: match[2] }
}

/** Refuses an end that is not after its start, as a field error on `pointer`. */
export function assertAfter(days: Days, pointer: string, start: string): Days {
  if (days.until <= days.from)
    throw new BadRequestError(`${pointer.slice(1)} must be after ${start}.`, [
      { pointer, code: 'end-before-start', params: { start } },
    ])
  return days
}

/**
 * The days [from, to) of a count: `to` after `from` and at most `maxDays` later, as field errors on the
 * query string.
 */
export function countingDays(from: string, to: string, maxDays: number): Days {
  const days = assertAfter({ from, until: to }, '/querystring/to', 'from')
  if (nightsOf(days) > maxDays)
    throw new BadRequestError(`to must be at most ${maxDays} days after from.`, [
      { pointer: '/querystring/to', code: 'period-too-long', params: { limit: maxDays, start: 'from' } },
    ])
  return days
}
