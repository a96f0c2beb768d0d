import { and, eq, isNull } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { familyMemberships, waitingRequests } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { familyForActor } from '../families/access.js'
import { managesStays } from './stay-access.js'
import type { WaitingRequestRecord } from './waiting-request-view.js'

/**
 * A request of the caller's organisation the caller may read: managers of stays read all, case managers
 * those of families they may see. Others get 404, as if it did not exist.
 */
export async function readableRequest(ctx: SignedInContext, requestId: string, lock = false) {
  const query = ctx.db
    .select()
    .from(waitingRequests)
    .where(
      and(eq(waitingRequests.id, requestId), eq(waitingRequests.organisationId, ctx.actor.organisationId)),
    )
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new NotFoundError('waiting-list request', requestId)
  if (!managesStays(ctx.actor))
    await familyForActor(ctx, row.familyId, 'read').catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('waiting-list request', requestId) : error
    })
  return row
}

/** Refuses a change of a request that is no longer open. */
export function assertOpen(request: WaitingRequestRecord) {
  if (request.status !== 'open')
    throw new ConflictError(`The request is already ${request.status}.`, 'waiting-request-closed')
}

/**
 * The persons a request is for: the named ones, each a current member of the family (400 otherwise), or
 * every current member when none are named.
 */
export async function requestMembers(
  db: Database,
  familyId: string,
  memberIds: readonly string[] | undefined,
): Promise<string[]> {
  const current = await db
    .select({ personId: familyMemberships.personId })
    .from(familyMemberships)
    .where(and(eq(familyMemberships.familyId, familyId), isNull(familyMemberships.leftAt)))
  const ids = new Set(current.map((row) => row.personId))
  if (!memberIds) return [...ids]
  const strangers = memberIds.flatMap((id, index) =>
    ids.has(id) ? [] : [{ pointer: `/memberIds/${index}`, code: 'not-a-current-member' as const }],
  )
  if (strangers.length)
    throw new BadRequestError('Every person on a request must be a current member of the family.', strangers)
  return [...memberIds]
}

/** Managers of stays ask for any open family of theirs; case managers for a family they manage. */
export async function assertMayRequestFor(ctx: SignedInContext, familyId: string) {
  if (managesStays(ctx.actor)) return
  const access = await familyForActor(ctx, familyId, 'manage')
  if (access.partner) throw new NotFoundError('family', familyId)
}
