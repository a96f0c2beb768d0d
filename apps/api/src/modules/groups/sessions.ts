import type { SessionTimes } from '@onestop/contracts'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import {
  groupRunFacilitators,
  groupRuns,
  groupSessions,
  reservations,
  rooms,
  users,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import type { Period } from '../bookings/period.js'
import { explainingClashes, reserve } from '../bookings/reservations.js'
import { assertCertifiedFacilitators } from '../certifications/facilitation.js'
import { findMethodology } from '../methodologies/methodologies.js'
import { assertOpen, type RunRow, runOfOrganisation } from './access.js'
import { checkFacilitatorsWork, findSessionClash, type RunResources, runResources } from './plan.js'
import { sessionPeriod } from './schedule.js'
import { nonBlank } from './text.js'
import { loadSession } from './view.js'

/** The facilitators and room an existing run reserves for its sessions. */
async function resourcesOf(db: Database, run: RunRow): Promise<RunResources> {
  const facilitators = await db
    .select({ id: users.id, name: users.name })
    .from(groupRunFacilitators)
    .innerJoin(users, eq(users.id, groupRunFacilitators.userId))
    .where(eq(groupRunFacilitators.runId, run.id))
  const [room] = run.roomId
    ? await db.select({ id: rooms.id, name: rooms.name }).from(rooms).where(eq(rooms.id, run.roomId))
    : []
  return runResources(facilitators, room ?? null)
}

/** Inserts the sessions and reserves their facilitators and room; the exclusion constraint may refuse. */
export async function insertSessions(
  tx: Database,
  runId: string,
  periods: Period[],
  resources: RunResources,
): Promise<string[]> {
  const rows = await tx
    .insert(groupSessions)
    .values(periods.map((period) => ({ runId, ...period })))
    .returning({ id: groupSessions.id, startsAt: groupSessions.startsAt, endsAt: groupSessions.endsAt })
  for (const { id, ...period } of rows) await reserve(tx, { kind: 'group_session', id }, period, resources)
  return rows.map((row) => row.id)
}

/**
 * Checks that the facilitators work then and that nobody and no room is booked, then runs the write that
 * reserves the sessions; a booking made a moment earlier is named in the 409 as well.
 */
export async function whileReservingSessions<T>(
  db: Database,
  periods: Period[],
  resources: RunResources,
  write: () => Promise<T>,
): Promise<T> {
  await checkFacilitatorsWork(db, resources.facilitators, periods)
  const clash = await findSessionClash(db, periods, resources)
  if (clash) throw clash
  return explainingClashes(write, () => findSessionClash(db, periods, resources))
}

const bumpVersion = (tx: Database, runId: string) =>
  tx
    .update(groupRuns)
    .set({ version: sql`${groupRuns.version} + 1`, updatedAt: sql`now()` })
    .where(eq(groupRuns.id, runId))

export async function addSession(ctx: SignedInContext, runId: string, body: Static<typeof SessionTimes>) {
  const run = await runOfOrganisation(ctx.db, ctx.actor, runId)
  assertOpen(run)
  const period = sessionPeriod(body.startsAt, body.endsAt, '')
  const resources = await resourcesOf(ctx.db, run)
  if (run.methodologyId)
    await assertCertifiedFacilitators(
      ctx.db,
      await findMethodology(ctx.db, run.organisationId, run.methodologyId),
      resources.facilitators,
      [period.startsAt],
    )
  const sessionId = await whileReservingSessions(ctx.db, [period], resources, () =>
    ctx.db.transaction(async (tx) => {
      assertOpen(await runOfOrganisation(tx, ctx.actor, runId, true))
      const [id] = await insertSessions(tx, runId, [period], resources)
      if (!id) throw new Error('session insert returned nothing')
      await bumpVersion(tx, runId)
      await audit(
        ctx,
        { action: 'group_session.create', entityType: 'group_session', entityId: id, details: { runId } },
        tx,
      )
      return id
    }),
  )
  return loadSession(ctx.db, sessionId)
}

/** Cancels the sessions and frees their time. */
export async function cancelSessions(tx: Database, sessionIds: string[], reason: string): Promise<void> {
  if (sessionIds.length === 0) return
  await tx
    .update(groupSessions)
    .set({ status: 'cancelled', cancelReason: reason, updatedAt: sql`now()` })
    .where(inArray(groupSessions.id, sessionIds))
  await tx
    .update(reservations)
    .set({ active: false })
    .where(
      and(
        eq(reservations.sourceKind, 'group_session'),
        inArray(reservations.sourceId, sessionIds),
        eq(reservations.active, true),
      ),
    )
}

export async function cancelSession(ctx: SignedInContext, runId: string, sessionId: string, reason: string) {
  const why = nonBlank(reason, '/reason')
  await runOfOrganisation(ctx.db, ctx.actor, runId)
  await ctx.db.transaction(async (tx) => {
    await runOfOrganisation(tx, ctx.actor, runId, true)
    const [session] = await tx
      .select({ status: groupSessions.status })
      .from(groupSessions)
      .where(and(eq(groupSessions.id, sessionId), eq(groupSessions.runId, runId)))
    if (!session) throw new NotFoundError('group session', sessionId)
    if (session.status !== 'scheduled')
      throw new ConflictError(`The session is already ${session.status}.`, 'invalid-transition')
    await cancelSessions(tx, [sessionId], why)
    await bumpVersion(tx, runId)
    await audit(
      ctx,
      {
        action: 'group_session.cancel',
        entityType: 'group_session',
        entityId: sessionId,
        details: { runId, reason: why },
      },
      tx,
    )
  })
  return loadSession(ctx.db, sessionId)
}
