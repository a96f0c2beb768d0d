import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, methodologies, persons } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, ForbiddenError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { runOfOrganisation, seesEveryName } from './access.js'

/**
 * A run of the caller's organisation with the methodology it delivers, for those who know its participants:
 * its facilitators, coordinators and admins (403 for others, 409 for a run that delivers no methodology).
 */
export async function methodologyRun(ctx: SignedInContext, runId: string) {
  const run = await runOfOrganisation(ctx.db, ctx.actor, runId)
  if (!(await seesEveryName(ctx.db, ctx.actor, runId)))
    throw new ForbiddenError(
      "Only the run's facilitators, coordinators and admins see its participants' attendance and outcomes.",
    )
  const [methodology] = run.methodologyId
    ? await ctx.db.select().from(methodologies).where(eq(methodologies.id, run.methodologyId))
    : []
  if (!methodology)
    throw new ConflictError(
      `The group run "${run.title}" delivers no methodology: it has no programme to measure against.`,
      'run-without-methodology',
    )
  return { run, methodology }
}

const personId = qualified(enrolments.personId)

/** The persons enrolled in the run (not waitlisted or withdrawn), by name, with the sessions each attended. */
export async function participantsOf(db: Database, runId: string) {
  const rows = await db
    .select({
      personId: enrolments.personId,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      attended: sql<number>`(select count(*)::int from session_attendance a
        join group_sessions s on s.id = a.session_id
        where s.run_id = ${runId} and a.person_id = ${personId} and a.status = 'present')`,
    })
    .from(enrolments)
    .innerJoin(persons, eq(persons.id, enrolments.personId))
    .where(and(eq(enrolments.runId, runId), eq(enrolments.status, 'enrolled')))
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'lt') || a.personId.localeCompare(b.personId))
}
