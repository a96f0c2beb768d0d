import { type ChangeFamilyStatusBody, FAMILY_STATUS_MOVES } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { families, familyStatusChanges } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, PreconditionFailedError } from '../../lib/errors.js'
import { closeReferralsOfFamily } from '../referrals/decide.js'
import { familyForActor } from './access.js'
import { loadFamilyView } from './family-view.js'

const required = (value: string | undefined, pointer: string, what: string) => {
  if (!value?.trim())
    throw new BadRequestError(`${what} is required for this move.`, [{ pointer, code: 'required' }])
  return value.trim()
}

/** referred → intake → active → closed, and closed → active to reopen; anything else is a 409. */
export async function changeFamilyStatus(
  ctx: SignedInContext,
  familyId: string,
  expectedVersion: number,
  body: Static<typeof ChangeFamilyStatusBody>,
) {
  const { family } = await familyForActor(ctx, familyId, 'manage')
  if (family.version !== expectedVersion) throw new PreconditionFailedError('family')
  if (!FAMILY_STATUS_MOVES[family.status].includes(body.status))
    throw new ConflictError(
      `A family in status "${family.status}" cannot move to "${body.status}". Allowed: ${FAMILY_STATUS_MOVES[family.status].join(', ') || 'none'}.`,
      'status-transition',
    )
  const closing = body.status === 'closed'
  const reopening = family.status === 'closed'
  const closingReason = closing ? required(body.closingReason, '/closingReason', 'A closing reason') : null
  const outcomeSummary = closing
    ? required(body.outcomeSummary, '/outcomeSummary', 'An outcome summary')
    : null
  const reason = reopening
    ? required(body.reason, '/reason', 'A reason')
    : (body.reason?.trim() ?? closingReason)

  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(families)
      .set({
        status: body.status,
        closedAt: closing ? sql`now()` : null,
        closingReason,
        outcomeSummary,
        version: sql`${families.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(families.id, familyId), eq(families.version, expectedVersion)))
      .returning({ id: families.id })
    if (updated.length === 0) throw new PreconditionFailedError('family')
    await tx.insert(familyStatusChanges).values({
      familyId,
      fromStatus: family.status,
      toStatus: body.status,
      reason,
      changedById: ctx.actor.id,
    })
    if (closing) await closeReferralsOfFamily(tx, familyId)
    await audit(
      ctx,
      {
        action: 'family.status',
        entityType: 'family',
        entityId: familyId,
        details: { from: family.status, to: body.status },
      },
      tx,
    )
  })
  return loadFamilyView(ctx.db, familyId)
}
