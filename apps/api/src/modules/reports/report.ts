import type { AttendanceGrouping, AttendanceReport } from '@onestop/contracts'
import { type SQL, sql } from 'drizzle-orm'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { STATUS_COUNTS, type StatusCounts, withRates } from './figures.js'

const MONTH = sql`to_char(a.starts_at at time zone 'Europe/Vilnius', 'YYYY-MM')`
const GROUPINGS: Record<AttendanceGrouping, { key: SQL; label: SQL }> = {
  service: { key: sql`s.id::text`, label: sql`s.name_lt` },
  specialist: { key: sql`u.id::text`, label: sql`u.name` },
  month: { key: MONTH, label: MONTH },
}

/** At most two years, so the report stays one quick index range scan. */
function checkPeriod(from: string, to: string) {
  const limit = new Date(`${from}T00:00:00Z`)
  limit.setUTCFullYear(limit.getUTCFullYear() + 2)
  if (to < from)
    throw new BadRequestError('The period must not end before it starts.', [
      { pointer: '/querystring/to', code: 'end-before-first-day', params: { start: 'from' } },
    ])
  if (to >= limit.toISOString().slice(0, 10))
    throw new BadRequestError('The period may be at most two years long.', [
      { pointer: '/querystring/to', code: 'period-too-long', params: { limit: 730, start: 'from' } },
    ])
}

/** Appointments of the caller's organisation starting from `from` to `to` (Vilnius days), by status. */
export async function getAttendanceReport(
  ctx: SignedInContext,
  query: { from: string; to: string; groupBy?: AttendanceGrouping },
): Promise<AttendanceReport> {
  const { from, to } = query
  const groupBy = query.groupBy ?? 'service'
  checkPeriod(from, to)
  const { key, label } = GROUPINGS[groupBy]
  const rows = await queryRows<StatusCounts & { key: string; label: string }>(
    ctx.db,
    sql`select ${key} as "key", ${label} as "label", ${STATUS_COUNTS}
      from appointments a
        join services s on s.id = a.service_id
        join users u on u.id = a.specialist_id
      where a.organisation_id = ${ctx.actor.organisationId}
        and a.starts_at >= (${from}::date)::timestamp at time zone 'Europe/Vilnius'
        and a.starts_at < (${to}::date + 1)::timestamp at time zone 'Europe/Vilnius'
      group by 1, 2
      order by 2, 1`,
  )
  await audit(ctx, { action: 'report.attendance', details: { from, to, groupBy } })
  return {
    from,
    to,
    groupBy,
    rows: rows.map((row) => ({ key: row.key, label: row.label, ...withRates(row) })),
  }
}
