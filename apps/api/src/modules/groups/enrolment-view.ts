import type { Enrolment } from '@onestop/contracts'
import { eq, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, persons } from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'

const waitlistPosition = sql<number | null>`case when ${enrolments.status} = 'waitlisted' then
  (select count(*)::int from enrolments w where w.run_id = ${qualified(enrolments.runId)}
    and w.status = 'waitlisted' and w.queue_position <= ${qualified(enrolments.queuePosition)}) end`

export const selectEnrolmentRows = (db: Database, visible: SQL) =>
  db
    .select({
      enrolment: enrolments,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      waitlistPosition,
      visible: sql<boolean>`${visible}`,
    })
    .from(enrolments)
    .innerJoin(persons, eq(persons.id, enrolments.personId))

type Row = Awaited<ReturnType<ReturnType<typeof selectEnrolmentRows>['where']>>[number]

export const toEnrolment = ({ enrolment: e, name, waitlistPosition, visible }: Row): Enrolment => ({
  id: e.id,
  runId: e.runId,
  visible,
  personId: visible ? e.personId : null,
  familyId: visible ? e.familyId : null,
  name: visible ? name : null,
  status: e.status,
  waitlistPosition,
  coupleId: e.coupleId,
  expectedBirthOn: visible ? e.expectedBirthOn : null,
  courtProceedingsOnHold: e.courtProceedingsOnHold,
  createdAt: e.createdAt.toISOString(),
})

/** One enrolment in full, for a caller already allowed to see its person. */
export async function loadEnrolment(db: Database, id: string): Promise<Enrolment> {
  const [row] = await selectEnrolmentRows(db, sql`true`).where(eq(enrolments.id, id))
  if (!row) throw new NotFoundError('enrolment', id)
  return toEnrolment(row)
}
