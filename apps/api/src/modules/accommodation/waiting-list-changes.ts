import type { CreateWaitingRequestBody, UpdateWaitingRequestBody, WaitingRequest } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { waitingRequestMembers, waitingRequests } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { PreconditionFailedError } from '../../lib/errors.js'
import { openFamily } from './placement.js'
import { assertMayRequestFor, assertOpen, readableRequest, requestMembers } from './waiting-list-access.js'
import { loadWaitingRequest } from './waiting-request-view.js'

async function reload(db: Database, requestId: string): Promise<WaitingRequest> {
  const request = await loadWaitingRequest(db, requestId)
  if (!request) throw new Error('waiting-list request vanished')
  return request
}

export async function createWaitingRequest(
  ctx: SignedInContext,
  body: Static<typeof CreateWaitingRequestBody>,
) {
  await assertMayRequestFor(ctx, body.familyId)
  await openFamily(ctx, body.familyId)
  const memberIds = await requestMembers(ctx.db, body.familyId, body.memberIds)
  const id = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(waitingRequests)
      .values({
        organisationId: ctx.actor.organisationId,
        familyId: body.familyId,
        facilityKind: body.facilityKind,
        neededFrom: body.neededFrom,
        priority: body.priority,
        reason: body.reason.trim(),
        requestedById: ctx.actor.id,
      })
      .returning({ id: waitingRequests.id })
    if (!created) throw new Error('waiting-list request insert returned nothing')
    if (memberIds.length)
      await tx
        .insert(waitingRequestMembers)
        .values(memberIds.map((personId) => ({ requestId: created.id, personId })))
    await audit(
      ctx,
      {
        action: 'waiting_request.create',
        entityType: 'waiting_request',
        entityId: created.id,
        details: {
          familyId: body.familyId,
          members: memberIds,
          facilityKind: body.facilityKind,
          priority: body.priority,
        },
      },
      tx,
    )
    return created.id
  })
  return reload(ctx.db, id)
}

/** Loads the open request for a change, locked, at the version the caller read. */
async function openForChange(tx: Database, ctx: SignedInContext, requestId: string, version: number) {
  const request = await readableRequest({ ...ctx, db: tx }, requestId, true)
  if (request.version !== version) throw new PreconditionFailedError('waiting-list request')
  assertOpen(request)
  return request
}

const bumped = { version: sql`${waitingRequests.version} + 1`, updatedAt: sql`now()` }

export async function updateWaitingRequest(
  ctx: SignedInContext,
  requestId: string,
  version: number,
  body: Static<typeof UpdateWaitingRequestBody>,
) {
  await ctx.db.transaction(async (tx) => {
    const request = await openForChange(tx, ctx, requestId, version)
    const { memberIds, reason, ...fields } = body
    if (memberIds) {
      const members = await requestMembers(tx, request.familyId, memberIds)
      await tx.delete(waitingRequestMembers).where(eq(waitingRequestMembers.requestId, requestId))
      await tx.insert(waitingRequestMembers).values(members.map((personId) => ({ requestId, personId })))
    }
    await tx
      .update(waitingRequests)
      .set({ ...fields, ...(reason !== undefined ? { reason: reason.trim() } : {}), ...bumped })
      .where(eq(waitingRequests.id, requestId))
    await audit(
      ctx,
      {
        action: 'waiting_request.update',
        entityType: 'waiting_request',
        entityId: requestId,
        details: { familyId: request.familyId, fields: Object.keys(body) },
      },
      tx,
    )
  })
  return reload(ctx.db, requestId)
}

export async function withdrawWaitingRequest(
  ctx: SignedInContext,
  requestId: string,
  version: number,
  reason: string,
) {
  await ctx.db.transaction(async (tx) => {
    const request = await openForChange(tx, ctx, requestId, version)
    await tx
      .update(waitingRequests)
      .set({
        status: 'withdrawn',
        withdrawReason: reason.trim(),
        closedAt: sql`now()`,
        closedById: ctx.actor.id,
        ...bumped,
      })
      .where(and(eq(waitingRequests.id, requestId), eq(waitingRequests.status, 'open')))
    await audit(
      ctx,
      {
        action: 'waiting_request.withdraw',
        entityType: 'waiting_request',
        entityId: requestId,
        details: { familyId: request.familyId },
      },
      tx,
    )
  })
  return reload(ctx.db, requestId)
}
