import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { queryRows } from '../../lib/sql.js'

type HoursRow = { userId: string; methodologyId: string; methodologyName: string; minutes: number }

/**
 * Minutes of training sessions attended (present) in the Vilnius year, by staff member and methodology;
 * cancelled trainings count nothing. `who` narrows the participants.
 */
export const attendedMinutes = (db: Database, year: number, who: SQL) =>
  queryRows<HoursRow>(
    db,
    sql`select p.user_id as "userId", m.id as "methodologyId", m.name as "methodologyName",
        sum(extract(epoch from s.ends_at - s.starts_at) / 60)::int as minutes
      from training_participants p
      join trainings t on t.id = p.training_id and t.status <> 'cancelled'
      join methodologies m on m.id = t.methodology_id
      join training_attendance a on a.participant_id = p.id and a.status = 'present'
      join training_sessions s on s.id = a.session_id
      where ${who} and extract(year from s.starts_at at time zone 'Europe/Vilnius') = ${year}
      group by p.user_id, m.id, m.name
      order by m.name, m.id`,
  )

/** Minutes as hours, to two decimals. */
export const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100
