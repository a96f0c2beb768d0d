import { isOverseer } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { groupRunFacilitators, groupRuns } from '../../db/schema/index.js'
import type { Actor, SignedInContext } from '../../lib/context.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js'

export type RunRow = typeof groupRuns.$inferSelect

/** A run of the caller's organisation, or 404. `lock` takes its row lock (inside a transaction). */
export async function runOfOrganisation(
  db: Database,
  actor: Actor,
  runId: string,
  lock = false,
): Promise<RunRow> {
  const query = db
    .select()
    .from(groupRuns)
    .where(and(eq(groupRuns.id, runId), eq(groupRuns.organisationId, actor.organisationId)))
  const [run] = lock ? await query.for('update') : await query
  if (!run) throw new NotFoundError('group run', runId)
  return run
}

async function facilitates(db: Database, actor: Actor, runId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: groupRunFacilitators.userId })
    .from(groupRunFacilitators)
    .where(and(eq(groupRunFacilitators.runId, runId), eq(groupRunFacilitators.userId, actor.id)))
  return Boolean(row)
}

/**
 * Those who run the group know who is in it: its facilitators and the organisation's coordinators and
 * admins see every enrolled person's name; others only those of families they may see.
 */
export const seesEveryName = async (db: Database, actor: Actor, runId: string): Promise<boolean> =>
  isOverseer(actor) || (await facilitates(db, actor, runId))

/** Attendance is taken by the run's facilitators, coordinators and admins; others get 403. */
export async function assertTakesAttendance(ctx: SignedInContext, runId: string): Promise<void> {
  if (!(await seesEveryName(ctx.db, ctx.actor, runId)))
    throw new ForbiddenError("Only the run's facilitators, coordinators and admins take attendance.")
}

/** A run that is over or called off takes no more enrolments or sessions. */
export function assertOpen(run: RunRow): void {
  if (run.status === 'cancelled' || run.status === 'finished')
    throw new ConflictError(`The group run "${run.title}" is ${run.status}.`, 'run-closed')
}
