import type { AffectedBooking } from '@onestop/contracts'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import type { Actor } from '../../lib/context.js'
import { queryRows } from '../../lib/sql.js'
import { insideWorkingHours } from '../bookings/checks.js'
import { visibleFamilies } from '../families/access.js'

/** The condition that picks a booking as affected, given its start and end columns. */
type Affects = (startsAt: SQL, endsAt: SQL) => SQL

type Row = Omit<AffectedBooking, 'startsAt' | 'endsAt'> & { startsAt: Date | string; endsAt: Date | string }

/** Overlapping the period [from, to). */
export const during =
  (from: Date, to: Date): Affects =>
  (startsAt, endsAt) =>
    sql`${startsAt} < ${to.toISOString()}::timestamptz and ${endsAt} > ${from.toISOString()}::timestamptz`

/** Starting in the future and not inside the staff member's working hours (Vilnius wall-clock). */
export const outsideWorkingHours =
  (userId: string): Affects =>
  (startsAt, endsAt) =>
    sql`${startsAt} > now() and not ${insideWorkingHours(userId, startsAt, endsAt)}`

/**
 * The staff member's scheduled appointments (as specialist) and scheduled sessions of the runs they
 * facilitate that `affects` picks, by start. Family details only of families the caller may see.
 */
export async function affectedBookings(
  db: Database,
  actor: Actor,
  userId: string,
  affects: Affects,
): Promise<AffectedBooking[]> {
  const visible = visibleFamilies(actor)
  const rows = await queryRows<Row>(
    db,
    sql`select * from (
      select 'appointment' as kind, a.id, a.starts_at as "startsAt", a.ends_at as "endsAt",
        case when ${visible} then s.name_lt end as title,
        case when ${visible} then families.reference_code end as "familyReferenceCode",
        null::uuid as "runId"
      from appointments a
        join services s on s.id = a.service_id
        join families on families.id = a.family_id
      where a.specialist_id = ${userId} and a.status = 'scheduled'
        and ${affects(sql`a.starts_at`, sql`a.ends_at`)}
      union all
      select 'group_session', gs.id, gs.starts_at, gs.ends_at, r.title, null, r.id
      from group_run_facilitators f
        join group_runs r on r.id = f.run_id
        join group_sessions gs on gs.run_id = f.run_id
      where f.user_id = ${userId} and gs.status = 'scheduled'
        and ${affects(sql`gs.starts_at`, sql`gs.ends_at`)}
    ) b order by "startsAt", id`,
  )
  return rows.map((row) => ({
    ...row,
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
  }))
}
