import type { UncertifiedFacilitator } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { todayInVilnius } from '../../lib/dates.js'
import { ConflictError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'

type Staff = { id: string; name: string }
type NamedMethodology = { id: string; name: string }

/** "Ona Onaitė is not certified in SAFE on 2027-03-01, 2027-03-08.", a sentence for each person. */
function describe(methodologyName: string, uncertified: UncertifiedFacilitator[]): string {
  const days = new Map<string, string[]>()
  for (const { name, date } of uncertified) days.set(name, [...(days.get(name) ?? []), date])
  return [...days]
    .map(([name, dates]) => `${name} is not certified in ${methodologyName} on ${dates.join(', ')}.`)
    .join(' ')
}

/**
 * A 409 naming each facilitator and day without a certification, also as `uncertified` (with the
 * `methodology`) for clients to say in their reader's language.
 */
export class FacilitatorNotCertifiedError extends ConflictError {
  override readonly extensions: { methodology: NamedMethodology; uncertified: UncertifiedFacilitator[] }

  constructor(methodology: NamedMethodology, uncertified: UncertifiedFacilitator[]) {
    super(describe(methodology.name, uncertified), 'facilitator-not-certified')
    this.extensions = { methodology: { id: methodology.id, name: methodology.name }, uncertified }
  }
}

type DayRow = { userId: string; day: string; certified: boolean; supervisorIds: string[] | null }

/**
 * For each facilitator and day: whether they hold a practitioner's certification (not a trainee's) then,
 * and the supervisors named by the trainee certifications they hold then. One query for all pairs.
 */
const certificationDays = (db: Database, methodologyId: string, staffIds: string[], days: string[]) =>
  queryRows<DayRow>(
    db,
    sql`select staff.user_id as "userId", days.day::text as day,
        exists(select 1 from certifications c
          where c.user_id = staff.user_id and c.methodology_id = ${methodologyId} and c.revoked_at is null
            and c.level <> 'trainee' and days.day between c.certified_on and c.valid_until) as certified,
        (select array_agg(c.supervisor_id::text) from certifications c
          where c.user_id = staff.user_id and c.methodology_id = ${methodologyId} and c.revoked_at is null
            and c.level = 'trainee' and days.day between c.certified_on and c.valid_until) as "supervisorIds"
      from unnest(${`{${staffIds.join(',')}}`}::uuid[]) as staff(user_id)
      cross join unnest(${`{${days.join(',')}}`}::date[]) as days(day)`,
  )

/**
 * The rule of a methodology's groups and appointments: every facilitator holds a certification in it
 * (accredited, supervisor or trainer) on the Vilnius day of every session, or a trainee's whose named
 * supervisor co-facilitates and is so certified that day. Otherwise 409 naming who lacks it on which day.
 */
export async function assertCertifiedFacilitators(
  db: Database,
  methodology: NamedMethodology,
  facilitators: Staff[],
  sessionStarts: Date[],
): Promise<void> {
  const days = [...new Set(sessionStarts.map((start) => todayInVilnius(start)))].sort()
  if (facilitators.length === 0 || days.length === 0) return
  const rows = await certificationDays(
    db,
    methodology.id,
    facilitators.map((f) => f.id),
    days,
  )
  const certified = new Set(rows.filter((r) => r.certified).map((r) => `${r.userId} ${r.day}`))
  const supervised = (row: DayRow) =>
    (row.supervisorIds ?? []).some((supervisorId) => certified.has(`${supervisorId} ${row.day}`))
  const names = new Map(facilitators.map((f) => [f.id, f.name]))
  const uncertified = rows
    .filter((row) => !row.certified && !supervised(row))
    .map((row) => ({ userId: row.userId, name: names.get(row.userId) ?? '', date: row.day }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'lt'))
  if (uncertified.length > 0) throw new FacilitatorNotCertifiedError(methodology, uncertified)
}
