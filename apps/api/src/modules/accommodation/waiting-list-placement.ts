import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { stays, waitingRequestMembers, waitingRequests } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { UnprocessableError } from './stay-rules.js'
import { assertOpen } from './waiting-list-access.js'

/**
 * The open request of the family that a placement answers; `lock` takes its row so that two placements
 * cannot both close it. 404 for an unknown one, 422 for another family's, 409 for one already closed.
 */
export async function requestToPlace(
  db: Database,
  ctx: SignedInContext,
  requestId: string,
  familyId: string,
  lock = false,
) {
  const query = db
    .select()
    .from(waitingRequests)
    .where(
      and(eq(waitingRequests.id, requestId), eq(waitingRequests.organisationId, ctx.actor.organisationId)),
    )
  const [request] = lock ? await query.for('update') : await query
  if (!request) throw new NotFoundError('waiting-list request', requestId)
  if (request.familyId !== familyId)
    throw new UnprocessableError(
      'waiting-request-mismatch',
      'The waiting-list request is for another family than the one placed.',
    )
  assertOpen(request)
  return request
}

/**
 * Marks the request placed, in the placement's transaction, once every member it names is placed: by this
 * placement, or by a planned or current stay of their own. Otherwise it stays open for the others.
 */
export async function closeIfAllPlaced(
  tx: Database,
  ctx: SignedInContext,
  requestId: string,
  placementId: string,
  placedNow: readonly string[],
) {
  const waiting = await tx
    .select({ personId: waitingRequestMembers.personId })
    .from(waitingRequestMembers)
    .where(
      and(
        eq(waitingRequestMembers.requestId, requestId),
        placedNow.length ? notInArray(waitingRequestMembers.personId, [...placedNow]) : undefined,
        sql`not exists (select 1 from ${stays} s where s.person_id = ${waitingRequestMembers.personId}
          and s.status in ('planned', 'checked_in'))`,
      ),
    )
  const closed = waiting.length === 0
  if (closed)
    await tx
      .update(waitingRequests)
      .set({
        status: 'placed',
        placementId,
        closedAt: sql`now()`,
        closedById: ctx.actor.id,
        version: sql`${waitingRequests.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(inArray(waitingRequests.id, [requestId]))
  await audit(
    ctx,
    {
      action: closed ? 'waiting_request.place' : 'waiting_request.place_partly',
      entityType: 'waiting_request',
      entityId: requestId,
      details: { placementId, stillWaiting: waiting.map((row) => row.personId) },
    },
    tx,
  )
  return closed
}
