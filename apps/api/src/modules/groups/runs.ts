import type { CreateGroupRunBody, GroupRunStatus, UpdateGroupRunBody } from '@onestop/contracts'
import { and, eq, gt, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { groupRunFacilitators, groupRuns, groupSessions, rooms } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, PreconditionFailedError } from '../../lib/errors.js'
import { findMethodology, usableMethodology } from '../methodologies/methodologies.js'
import { assertOpen, runOfOrganisation } from './access.js'
import { placesOf, promoteFromWaitlist } from './places.js'
import { assertRoomHolds, checkRunPlan } from './plan.js'
import { assertEnoughCouples, assertWithinGroupLimit, checkRunMethodology } from './run-methodology.js'
import { plannedPeriods } from './schedule.js'
import { cancelSessions, insertSessions, whileReservingSessions } from './sessions.js'
import { nonBlank } from './text.js'
import { loadRunView } from './view.js'

export async function createRun(ctx: SignedInContext, body: CreateGroupRunBody) {
  const { actor } = ctx
  const title = nonBlank(body.title, '/title')
  const plan = await checkRunPlan(ctx.db, actor, body)
  const methodologyId = body.methodologyId ?? plan.service.methodologyId
  const methodology = methodologyId
    ? await usableMethodology(ctx.db, actor.organisationId, methodologyId)
    : null
  const periods = await plannedPeriods(ctx.db, body.sessions)
  if (methodology) await checkRunMethodology(ctx.db, methodology, plan, periods)
  const runId = await whileReservingSessions(ctx.db, periods, plan, () =>
    ctx.db.transaction(async (tx) => {
      const [run] = await tx
        .insert(groupRuns)
        .values({
          organisationId: actor.organisationId,
          serviceId: plan.service.id,
          title,
          methodologyId,
          roomId: plan.roomId,
          capacity: plan.capacity,
          createdById: actor.id,
        })
        .returning({ id: groupRuns.id })
      if (!run) throw new Error('group run insert returned nothing')
      await tx.insert(groupRunFacilitators).values(plan.staffIds.map((userId) => ({ runId: run.id, userId })))
      const sessionIds = await insertSessions(tx, run.id, periods, plan)
      await audit(
        ctx,
        {
          action: 'group_run.create',
          entityType: 'group_run',
          entityId: run.id,
          details: { facilitatorIds: plan.staffIds, roomId: plan.roomId, sessionIds },
        },
        tx,
      )
      return run.id
    }),
  )
  return loadRunView(ctx.db, runId)
}

export async function getRun(ctx: SignedInContext, runId: string) {
  await runOfOrganisation(ctx.db, ctx.actor, runId)
  return loadRunView(ctx.db, runId)
}

const NEXT_STATUSES: Record<GroupRunStatus, readonly GroupRunStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finished', 'cancelled'],
  finished: [],
  cancelled: [],
}

/** Ending a run (finished or cancelled) calls off its sessions still to come and frees their time. */
async function callOffFutureSessions(tx: Database, runId: string, ending: GroupRunStatus): Promise<string[]> {
  const future = await tx
    .select({ id: groupSessions.id })
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.runId, runId),
        eq(groupSessions.status, 'scheduled'),
        gt(groupSessions.startsAt, sql`now()`),
      ),
    )
  const ids = future.map((s) => s.id)
  await cancelSessions(
    tx,
    ids,
    ending === 'finished' ? 'The group finished early.' : 'The group was cancelled.',
  )
  return ids
}

async function roomOf(db: Database, roomId: string | null) {
  if (!roomId) return null
  const [room] = await db
    .select({ name: rooms.name, capacity: rooms.capacity })
    .from(rooms)
    .where(eq(rooms.id, roomId))
  return room ?? null
}

/** Title, capacity (raising it promotes from the waitlist in order) and status, under the run's lock. */
export async function updateRun(
  ctx: SignedInContext,
  runId: string,
  expectedVersion: number,
  body: UpdateGroupRunBody,
) {
  const title = body.title === undefined ? undefined : nonBlank(body.title, '/title')
  await runOfOrganisation(ctx.db, ctx.actor, runId)
  await ctx.db.transaction(async (tx) => {
    const run = await runOfOrganisation(tx, ctx.actor, runId, true)
    if (run.version !== expectedVersion) throw new PreconditionFailedError('group run')
    assertOpen(run)
    const status = body.status ?? run.status
    if (status !== run.status && !NEXT_STATUSES[run.status].includes(status))
      throw new ConflictError(`A ${run.status} run cannot become ${status}.`, 'invalid-transition')
    const capacity = body.capacity ?? run.capacity
    if (capacity < run.enrolledCount)
      throw new ConflictError(
        `${run.enrolledCount} persons are enrolled; withdraw some before lowering the capacity to ${capacity}.`,
        'capacity',
      )
    assertRoomHolds(capacity, await roomOf(tx, run.roomId))
    if (run.methodologyId) {
      const methodology = await findMethodology(tx, run.organisationId, run.methodologyId)
      assertWithinGroupLimit(methodology, capacity)
      if (status === 'running' && run.status === 'planned')
        assertEnoughCouples(methodology, (await placesOf(tx, runId)).couplesEnrolled)
    }
    await tx
      .update(groupRuns)
      .set({
        title: title ?? run.title,
        capacity,
        status,
        version: sql`${groupRuns.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(groupRuns.id, runId))
    const ending = status === 'finished' || status === 'cancelled'
    const promoted = ending ? [] : await promoteFromWaitlist(tx, runId)
    const calledOff = ending ? await callOffFutureSessions(tx, runId, status) : []
    await audit(
      ctx,
      {
        action: 'group_run.update',
        entityType: 'group_run',
        entityId: runId,
        details: {
          from: { title: run.title, capacity: run.capacity, status: run.status },
          to: { title: body.title, capacity: body.capacity, status: body.status },
          promotedEnrolmentIds: promoted,
          cancelledSessionIds: calledOff,
        },
      },
      tx,
    )
  })
  return loadRunView(ctx.db, runId)
}
