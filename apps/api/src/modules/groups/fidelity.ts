import type { RunFidelity } from '@onestop/contracts'
import { eq, sql } from 'drizzle-orm'
import { groupSessions } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { methodologyRun, participantsOf } from './participants.js'

/**
 * Sessions a participant attends to complete a programme: the completion share of its sessions, rounded up
 * (75% of 8 is 6, of 10 is 8). The share has two decimals, so whole hundredths keep 0.7 × 10 at 7.
 */
export const sessionsToComplete = (completionShare: number, sessionCount: number): number =>
  Math.ceil((Math.round(completionShare * 100) * sessionCount) / 100)

const count = (status: string) =>
  sql<number>`(count(*) filter (where ${groupSessions.status} = ${status}))::int`

export async function getFidelity(ctx: SignedInContext, runId: string): Promise<RunFidelity> {
  const { methodology } = await methodologyRun(ctx, runId)
  const [sessions = { held: 0, scheduled: 0, cancelled: 0 }] = await ctx.db
    .select({ held: count('held'), scheduled: count('scheduled'), cancelled: count('cancelled') })
    .from(groupSessions)
    .where(eq(groupSessions.runId, runId))
  const participants = await participantsOf(ctx.db, runId)
  const needed = sessionsToComplete(methodology.completionShare, methodology.sessionCount)
  const rows = participants.map((p) => ({
    ...p,
    share: p.attended / methodology.sessionCount,
    completed: p.attended >= needed,
  }))
  await audit(ctx, {
    action: 'group_fidelity.read',
    entityType: 'group_run',
    entityId: runId,
    details: { personIds: rows.map((p) => p.personId) },
  })
  return {
    runId,
    methodology: {
      id: methodology.id,
      name: methodology.name,
      sessionCount: methodology.sessionCount,
      completionShare: methodology.completionShare,
    },
    completionSessions: needed,
    sessions,
    participants: rows,
    completedCount: rows.filter((p) => p.completed).length,
  }
}
