import type { CreateGroupRunBody } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { BadRequestError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { type Period, parsePeriod } from '../bookings/period.js'

const MINUTE = 60_000

/** A session's times, checked like an appointment's (ends after it starts, 5 minutes to 8 hours). */
export function sessionPeriod(startsAt: string, endsAt: string, pointer: string): Period {
  try {
    return parsePeriod(startsAt, endsAt)
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error
    throw new BadRequestError(
      'A session must end after it starts and last 5 minutes to 8 hours.',
      error.fieldErrors.map((e) => ({ ...e, pointer: `${pointer}${e.pointer}` })),
    )
  }
}

/** Weekly starts keep their Vilnius wall-clock time across daylight-saving changes. */
async function weeklyPeriods(
  db: Database,
  weekly: { firstStartsAt: string; durationMinutes: number; count: number; intervalWeeks?: number },
): Promise<Period[]> {
  const rows = await queryRows<{ starts: Date | string }>(
    db,
    sql`select ((${weekly.firstStartsAt}::timestamptz at time zone 'Europe/Vilnius')
        + make_interval(weeks => n * ${weekly.intervalWeeks ?? 1}::int)) at time zone 'Europe/Vilnius' as starts
      from generate_series(0, ${weekly.count - 1}::int) as n order by n`,
  )
  return rows.map(({ starts }) => {
    const startsAt = new Date(starts)
    return { startsAt, endsAt: new Date(startsAt.getTime() + weekly.durationMinutes * MINUTE) }
  })
}

/** The sessions a new run asks for, earliest first; they may not overlap one another. */
export async function plannedPeriods(
  db: Database,
  sessions: CreateGroupRunBody['sessions'],
): Promise<Period[]> {
  const periods =
    'weekly' in sessions
      ? await weeklyPeriods(db, sessions.weekly)
      : sessions.dates.map((d, i) => sessionPeriod(d.startsAt, d.endsAt, `/sessions/dates/${i}`))
  const sorted = [...periods].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  sorted.forEach((period, i) => {
    const previous = sorted[i - 1]
    if (previous && period.startsAt < previous.endsAt)
      throw new BadRequestError('Two sessions of the run overlap.', [
        { pointer: '/sessions', code: 'sessions-overlap' },
      ])
  })
  return sorted
}
